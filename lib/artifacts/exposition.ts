/**
 * The /metrics page of one instance in the Prometheus text exposition format 0.0.4
 * (prometheus/docs `docs/instrumenting/exposition_formats.md`).
 */
import { type Instance, type InstanceOptions, WALL_CLOCK_START_MS, resolveInstance } from './instance';
import {
  completedUnits,
  durationHistogram,
  inProgress,
  planSeries,
  planSeriesCount,
  queueDepth,
  shardUnits,
  workUnits,
} from './model';
import type { Scenario } from '../scenario/schema';

export type Labels = readonly (readonly [name: string, value: string])[];

export interface Sample {
  /** Full sample name: the family name, or with `_bucket`, `_sum`, `_count` for a histogram. */
  name: string;
  labels?: Labels;
  value: number;
}

export interface MetricFamily {
  name: string;
  help: string;
  type: 'counter' | 'gauge' | 'histogram';
  samples: Sample[];
  /** A comment after the samples shown, saying which samples of this family were left out. */
  omitted?: string;
}

/** Label values escape backslash, double quote and line feed. */
export const escapeLabelValue = (v: string): string =>
  v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

/** HELP text escapes backslash and line feed only. */
export const escapeHelp = (v: string): string => v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');

/** Go's ParseFloat spellings for the special values; JS's shortest round-trip form otherwise. */
export function formatValue(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  return String(v);
}

function formatSample(s: Sample): string {
  const labels = s.labels?.length ? `{${s.labels.map(([n, v]) => `${n}="${escapeLabelValue(v)}"`).join(',')}}` : '';
  return `${s.name}${labels} ${formatValue(s.value)}`;
}

/** Families as exposition text, each line ending in a line feed. Never timestamps: the scraper stamps samples. */
export function renderFamilies(families: readonly MetricFamily[], header: readonly string[] = []): string {
  const lines = header.map((h) => `# ${h}`);
  for (const f of families) {
    lines.push(`# HELP ${f.name} ${escapeHelp(f.help)}`, `# TYPE ${f.name} ${f.type}`, ...f.samples.map(formatSample));
    if (f.omitted) lines.push(`# ${f.omitted}`);
  }
  return lines.map((l) => `${l}\n`).join('');
}

export interface ExpositionOptions extends InstanceOptions {
  /** How many per-shard series to show before summarising the rest in a comment; default 5. */
  shardsShown?: number;
}

export const DEFAULT_SHARDS_SHOWN = 5;

/** The instance's metric families at its moment `tSec`, with the long shard tail cut to `shardsShown`. */
export function instanceFamilies(inst: Instance, shardsShown = DEFAULT_SHARDS_SHOWN): MetricFamily[] {
  const plan = planSeries(inst.group.seriesPerService);
  const t = inst.tSec;
  const n = completedUnits(inst, t);
  const families: MetricFamily[] = [];
  const gauge = (name: string, help: string, value: number) =>
    families.push({ name, help, type: 'gauge', samples: [{ name, value }] });

  if (plan.work) {
    const name = 'work_units_total';
    families.push({
      name,
      help: 'Units of work done since the process started.',
      type: 'counter',
      samples: [{ name, value: workUnits(inst, t) }],
    });
  }
  if (plan.startTime) {
    // The process reads its own (possibly skewed) clock, as client libraries do.
    gauge(
      'process_start_time_seconds',
      'Start time of the process since unix epoch in seconds.',
      WALL_CLOCK_START_MS / 1000 + inst.startSec + inst.clockOffsetSec,
    );
  }
  if (plan.inProgress) gauge('work_in_progress', 'Units of work currently running.', inProgress(inst, t));
  if (plan.queueDepth) gauge('work_queue_depth', 'Units of work waiting to start.', queueDepth(inst, t));
  if (plan.histogram) {
    const h = durationHistogram(inst, plan.histogram, 0, n);
    const name = 'work_duration_seconds';
    families.push({
      name,
      help: 'Time taken by each completed unit of work.',
      type: 'histogram',
      samples: [
        ...h.bounds.map((le, i) => ({
          name: `${name}_bucket`,
          labels: [['le', formatValue(le)]] as const,
          value: h.cumulative[i],
        })),
        { name: `${name}_bucket`, labels: [['le', '+Inf']], value: h.count },
        { name: `${name}_sum`, value: h.sumSec },
        { name: `${name}_count`, value: h.count },
      ],
    });
  }
  if (plan.shards > 0) {
    const name = 'work_shard_units_total';
    const shown = Math.min(plan.shards, shardsShown);
    const hidden = plan.shards - shown;
    families.push({
      name,
      help: 'Units of work done per shard (units are dealt to shards round-robin).',
      type: 'counter',
      samples: Array.from({ length: shown }, (_, j) => ({
        name,
        labels: [['shard', String(j)]],
        value: shardUnits(n, plan.shards, j),
      })),
      omitted:
        hidden > 0
          ? `... ${hidden} more ${name} series (shard="${shown}" to shard="${plan.shards - 1}") not shown`
          : undefined,
    });
  }
  return families;
}

/** The header comment: how many series the real page has, and how many are shown. */
export function seriesSummary(inst: Instance, families: readonly MetricFamily[]): string {
  const total = planSeriesCount(planSeries(inst.group.seriesPerService));
  const shown = families.reduce((sum, f) => sum + f.samples.length, 0);
  return shown === total
    ? `${inst.id}: all ${total} series shown.`
    : `${inst.id}: the real page has ${total} series; ${shown} shown, ${total - shown} summarised in comments.`;
}

/** The /metrics page of an instance at its moment `tSec`. */
export function exposition(scenario: Scenario, opts: ExpositionOptions = {}): string {
  const inst = resolveInstance(scenario, opts);
  const families = instanceFamilies(inst, opts.shardsShown);
  return renderFamilies(families, [seriesSummary(inst, families)]);
}
