/**
 * What the pull side stored, as OpenMetrics text for `promtool tsdb create-blocks-from openmetrics`,
 * so a learner can load a run into a real Prometheus and query it with PromQL.
 *
 * Every sample of every instance: the run's pull engine is replayed (same scenario, same seed, so
 * the same scrapes as the report's) with a sample sink that keeps what each scrape stored. Per
 * instance that is `up` and one work counter (the simulator models how many series a target has,
 * not separate values for them); per Pushgateway scrape, `up` of the gateway and the counter of
 * every group it holds; plus fleet-wide gauges per bucket from the report's timeline.
 *
 * Bounded: at most `EXPORT_SAMPLE_LIMIT` samples (about 60 MB of text). A run with more is exported
 * up to the moment the limit is reached, and the result says where it stopped.
 */
import { PullEngine, type PullSampleSink } from '../engines/pull';
import type { Scenario } from '../scenario/schema';
import { FleetBuilder, instanceId, workDone, type Fleet } from '../sim/fleet';
import { Buckets } from '../sim/observe';
import type { TimelineRow } from '../sim/report';
import { saltsFor } from '../sim/rng';
import { TraceRecorder } from '../sim/trace';

/** Samples in one export at most: about 60 bytes a line, so about 60 MB. */
export const EXPORT_SAMPLE_LIMIT = 1_000_000;

const GATEWAY_LABELS = { job: 'pushgateway', instance: 'pushgateway' };

export interface PullExport {
  /** The OpenMetrics text in parts (one per series), ready for a Blob; joined, one document. */
  parts: string[];
  samples: number;
  /** Simulated second the export stops before when the limit cut it short; null: the whole run. */
  cutAtSec: number | null;
  durationSec: number;
}

/** Every sample the engine reports, per series, in time order (the backfiller needs that order). */
class StoredSamples implements PullSampleSink {
  /** Per instance: [t, up, counter] triples of its scrapes. */
  readonly scrapes = new Map<number, number[]>();
  readonly gatewayUp: number[] = [];
  /** Per Pushgateway series (a run, or a service group): [t, value] pairs. */
  readonly gatewaySeries = new Map<string, { labels: Record<string, string>; points: number[] }>();
  /** Groups the gateway holds: per run (grouping "instance") or the last run per service group. */
  private readonly held = new Map<string, number>();
  count = 0;
  cutAtSec: number | null = null;

  constructor(
    private readonly fleet: Fleet,
    private readonly grouping: Scenario['pull']['pushgatewayGrouping'],
    private readonly limit: number,
  ) {}

  /** Takes `n` more samples at tSec, or cuts the export there: all of a moment's samples or none. */
  private room(tSec: number, n: number): boolean {
    if (this.cutAtSec !== null) return false;
    if (this.count + n > this.limit) {
      this.cutAtSec = tSec;
      return false;
    }
    this.count += n;
    return true;
  }

  scrape(i: number, tSec: number, up: 0 | 1, counterSec: number): void {
    if (!this.room(tSec, up ? 2 : 1)) return;
    const list = this.scrapes.get(i) ?? [];
    list.push(tSec, up, counterSec);
    this.scrapes.set(i, list);
  }

  gatewayPush(i: number): void {
    const { fleet } = this;
    const group = fleet.groups[fleet.group[i]].name;
    // Mirrors the gateway's grouping key: a push replaces what the same key held (last write wins).
    const key = this.grouping === 'instance' ? instanceId(group, fleet.index[i], fleet.incarnation[i]) : group;
    this.held.set(key, i);
  }

  gatewayScrape(tSec: number, up: 0 | 1): void {
    if (!this.room(tSec, 1 + (up ? this.held.size : 0))) return;
    this.gatewayUp.push(tSec, up);
    if (!up) return;
    const { fleet } = this;
    for (const [key, i] of this.held) {
      const job = fleet.groups[fleet.group[i]].name;
      const series = this.gatewaySeries.get(key) ?? {
        labels: this.grouping === 'instance' ? { job, instance: key } : { job },
        points: [],
      };
      series.points.push(tSec, workDone(fleet, i));
      this.gatewaySeries.set(key, series);
    }
  }
}

const escape = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

function renderLabels(labels: Record<string, string>): string {
  const parts = Object.keys(labels)
    .sort()
    .map((k) => `${k}="${escape(labels[k])}"`);
  return parts.length ? `{${parts.join(',')}}` : '';
}

/** Values to the millisecond: the engine's times are exact, the rest is float noise. */
const num = (v: number) => String(Math.round(v * 1000) / 1000);

/** Writes OpenMetrics families one after the other, each series' samples in one part. */
class Writer {
  readonly parts: string[] = [];
  /** The family header, written before its first sample (a family without samples is left out). */
  private header: string | null = null;
  constructor(private readonly startUnixSec: number) {}

  family(name: string, type: 'gauge' | 'counter', help: string): void {
    this.header = `# TYPE ${name} ${type}\n# HELP ${name} ${help}\n`;
  }

  /** Samples of one series from a flat list, `stride` numbers per sample: time first. */
  series(name: string, labels: Record<string, string>, flat: number[], stride: number, value: (k: number) => number) {
    const prefix = `${name}${renderLabels(labels)} `;
    let text = '';
    for (let k = 0; k < flat.length; k += stride) {
      text += `${prefix}${num(value(k))} ${(this.startUnixSec + flat[k]).toFixed(3)}\n`;
    }
    if (!text) return;
    if (this.header) this.parts.push(this.header);
    this.header = null;
    this.parts.push(text);
  }
}

function render(fleet: Fleet, stored: StoredSamples, timeline: readonly TimelineRow[], startUnixSec: number): string[] {
  const w = new Writer(startUnixSec);
  const labelsOf = (i: number) => ({
    job: fleet.groups[fleet.group[i]].name,
    instance: instanceId(fleet.groups[fleet.group[i]].name, fleet.index[i], fleet.incarnation[i]),
  });
  const instances = [...stored.scrapes.keys()].sort((a, b) => a - b);

  w.family('up', 'gauge', 'Whether the scrape of a target succeeded (1) or failed (0).');
  for (const i of instances)
    w.series('up', labelsOf(i), stored.scrapes.get(i)!, 3, (k) => stored.scrapes.get(i)![k + 1]);
  w.series('up', GATEWAY_LABELS, stored.gatewayUp, 2, (k) => stored.gatewayUp[k + 1]);

  w.family(
    'pushpull_work_units',
    'counter',
    'Work done, one unit per second of life (reset by a restart), as each successful scrape read it.',
  );
  for (const i of instances) {
    const all = stored.scrapes.get(i)!;
    const ok: number[] = [];
    for (let k = 0; k < all.length; k += 3) if (all[k + 1] === 1) ok.push(all[k], all[k + 2]);
    w.series('pushpull_work_units_total', labelsOf(i), ok, 2, (k) => ok[k + 1]);
  }
  for (const { labels, points } of stored.gatewaySeries.values()) {
    w.series('pushpull_work_units_total', labels, points, 2, (k) => points[k + 1]);
  }

  const rows = stored.cutAtSec === null ? timeline : timeline.filter((r) => r.t < stored.cutAtSec!);
  const gauge = (name: string, help: string, pick: (r: TimelineRow) => number) => {
    w.family(name, 'gauge', help);
    const flat = rows.flatMap((r) => [r.t, pick(r)]);
    w.series(name, { job: 'pushpull-simulation' }, flat, 2, (k) => flat[k + 1]);
  };
  gauge(
    'pushpull_alive_instances',
    'Instances alive in the bucket starting at this time (whole fleet).',
    (r) => r.alive,
  );
  gauge(
    'pushpull_covered_instances',
    'Instances alive in the bucket for which Prometheus holds a data point (whole fleet).',
    (r) => r.received,
  );
  gauge('pushpull_failed_scrapes', 'Scrapes that failed in the bucket (whole fleet).', (r) => r.failed);
  w.parts.push('# EOF\n');
  return w.parts;
}

/**
 * Builds the export in steps, so a page can yield between them: the fleet, then the pull engine
 * (with the report's own seed), then the text. `advance` returns true once `result()` is ready.
 */
export class PullExporter {
  private readonly builder: FleetBuilder;
  private engine: PullEngine | null = null;
  private stored: StoredSamples | null = null;
  private fleet: Fleet | null = null;
  private out: PullExport | null = null;

  constructor(
    private readonly scenario: Scenario,
    private readonly timeline: readonly TimelineRow[],
    private readonly startUnixSec: number,
    private readonly limit = EXPORT_SAMPLE_LIMIT,
  ) {
    this.builder = new FleetBuilder(scenario);
  }

  /** Share of the work done, in [0, 1]; 1 once the result is ready. */
  progress(): number {
    if (this.out) return 1;
    return this.engine ? 0.1 + (0.85 * this.engine.nowSec) / this.scenario.durationSec : 0;
  }

  advance(maxEvents: number): boolean {
    if (this.out) return true;
    const s = this.scenario;
    if (!this.fleet) {
      if (!this.builder.advance(Math.ceil(maxEvents / 10))) return false;
      this.fleet = this.builder.result();
      // The gauges are a few per bucket; they come out of the same limit.
      const gaugeSamples = 3 * this.timeline.length;
      this.stored = new StoredSamples(this.fleet, s.pull.pushgatewayGrouping, Math.max(0, this.limit - gaugeSamples));
      this.engine = new PullEngine({
        scenario: s,
        fleet: this.fleet,
        buckets: new Buckets(this.fleet, s.resolutionSec),
        salts: saltsFor(s.seed),
        trace: new TraceRecorder(this.fleet, []),
        samples: this.stored,
      });
      return false;
    }
    const stored = this.stored!;
    if (!this.engine!.done && stored.cutAtSec === null) {
      this.engine!.advance(maxEvents);
      return false;
    }
    const parts = render(this.fleet, stored, this.timeline, this.startUnixSec);
    const rows =
      stored.cutAtSec === null ? this.timeline.length : this.timeline.filter((r) => r.t < stored.cutAtSec!).length;
    this.out = { parts, samples: stored.count + 3 * rows, cutAtSec: stored.cutAtSec, durationSec: s.durationSec };
    return true;
  }

  result(): PullExport {
    if (!this.out) throw new Error('The export has not finished: call advance() until it returns true');
    return this.out;
  }
}

/** The whole export at once (tests, Node). */
export function pullOpenMetrics(
  scenario: Scenario,
  timeline: readonly TimelineRow[],
  startUnixSec: number,
  limit = EXPORT_SAMPLE_LIMIT,
): PullExport {
  const exporter = new PullExporter(scenario, timeline, startUnixSec, limit);
  while (!exporter.advance(1_000_000)) {
    // each call does a bounded step
  }
  return exporter.result();
}
