/**
 * What the pull side stored, as OpenMetrics text for `promtool tsdb create-blocks-from openmetrics`,
 * so a learner can load a run into a real Prometheus and query it with PromQL.
 *
 * Built from the report alone: the traced instances (the report's bounded sample) give `up` for each
 * scrape and the work counter for each successful one; the timeline gives per-bucket gauges of the
 * whole fleet. A full export (every instance) needs the pull engine to hand over each stored sample,
 * e.g. an optional `onSample(instance, tSec, value)` in the engine context, called where a scrape or a
 * Pushgateway read stores a point; this module would take those samples unchanged.
 */
import type { Report } from '../sim/report';

export interface StoredSample {
  /** Full sample name, `_total` included for counters. */
  name: string;
  labels: Record<string, string>;
  /** Simulated seconds from the run's start. */
  tSec: number;
  value: number;
}

interface Family {
  name: string;
  type: 'gauge' | 'counter';
  help: string;
  samples: StoredSample[];
}

const escape = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

function renderLabels(labels: Record<string, string>): string {
  const parts = Object.keys(labels)
    .sort()
    .map((k) => `${k}="${escape(labels[k])}"`);
  return parts.length ? `{${parts.join(',')}}` : '';
}

/** Families the report supports: traced scrapes and the fleet-wide timeline of the pull side. */
export function pullFamilies(report: Report): Family[] {
  const gateway = report.scenario.pull.pushgateway;
  const up: StoredSample[] = [];
  const work: StoredSample[] = [];
  for (const inst of report.trace) {
    const labels = { job: inst.group, instance: inst.id };
    const viaGateway = gateway && inst.kind === 'short-lived';
    for (const e of inst.events) {
      if (e.engine !== 'pull') continue;
      if (!viaGateway && (e.kind === 'scrape-ok' || e.kind === 'scrape-failed')) {
        up.push({ name: 'up', labels, tSec: e.t, value: e.kind === 'scrape-ok' ? 1 : 0 });
      }
      // One unit of work per second of life; a gateway holds the job's final total.
      if (e.kind === 'scrape-ok') {
        const counted = viaGateway ? inst.endSec - inst.startSec : e.t - inst.startSec;
        work.push({ name: 'pushpull_work_units_total', labels, tSec: e.t, value: counted });
      }
    }
  }
  const rows = report.pull.timeline;
  const gauge = (name: string, pick: (r: (typeof rows)[number]) => number): StoredSample[] =>
    rows.map((r) => ({ name, labels: { job: 'pushpull-simulation' }, tSec: r.t, value: pick(r) }));
  return [
    {
      name: 'up',
      type: 'gauge',
      help: 'Whether the scrape of a traced instance succeeded (1) or failed (0).',
      samples: up,
    },
    {
      name: 'pushpull_work_units',
      type: 'counter',
      help: 'Work done by a traced instance, one unit per second of life, as each successful scrape read it.',
      samples: work,
    },
    {
      name: 'pushpull_alive_instances',
      type: 'gauge',
      help: 'Instances alive in the bucket starting at this time (whole fleet).',
      samples: gauge('pushpull_alive_instances', (r) => r.alive),
    },
    {
      name: 'pushpull_covered_instances',
      type: 'gauge',
      help: 'Instances alive in the bucket for which Prometheus holds a data point (whole fleet).',
      samples: gauge('pushpull_covered_instances', (r) => r.received),
    },
    {
      name: 'pushpull_failed_scrapes',
      type: 'gauge',
      help: 'Scrapes that failed in the bucket (whole fleet).',
      samples: gauge('pushpull_failed_scrapes', (r) => r.failed),
    },
  ];
}

/**
 * OpenMetrics text with explicit timestamps: simulated t = 0 becomes `startUnixSec`. Each family's
 * samples are contiguous and in time order per series, as the backfiller requires; ends in `# EOF`.
 */
export function toOpenMetrics(families: Family[], startUnixSec: number): string {
  const out: string[] = [];
  for (const f of families) {
    if (f.samples.length === 0) continue;
    out.push(`# TYPE ${f.name} ${f.type}`, `# HELP ${f.name} ${f.help}`);
    const sorted = [...f.samples].sort((a, b) => {
      const ka = renderLabels(a.labels);
      const kb = renderLabels(b.labels);
      return ka < kb ? -1 : ka > kb ? 1 : a.tSec - b.tSec;
    });
    for (const s of sorted) {
      out.push(`${s.name}${renderLabels(s.labels)} ${s.value} ${(startUnixSec + s.tSec).toFixed(3)}`);
    }
  }
  out.push('# EOF');
  return out.join('\n') + '\n';
}

/** The download: the pull side of a report, with simulated t = 0 at `startUnixSec`. */
export const pullOpenMetrics = (report: Report, startUnixSec: number): string =>
  toOpenMetrics(pullFamilies(report), startUnixSec);
