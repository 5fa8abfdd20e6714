/**
 * Messages between the lab and its simulation worker, and the packed form a finished report
 * travels in. A report of 20,000 buckets holds 40,000 timeline rows: cloned as objects, they cost
 * the page's main thread more than its frame budget to read back. Packed, each timeline field is one
 * Float64Array whose buffer is transferred (moved, not copied), and the charts' series (at most
 * MAX_POINTS_PER_SERIES points each) are computed in the worker, so the page never walks the rows.
 */
import type { ScenarioInput } from '../scenario/schema';
import type { DecodedLink } from '../scenario/url-decode';
import type { Outcome, Report, TimelineRow } from '../sim/report';
import { adoptSeries, chartSeries, type ChartSeries } from './series';

export type ToWorker =
  /** Validate (filling defaults) and run; a newer run replaces this one. */
  | { type: 'run'; runId: number; scenario: ScenarioInput }
  /** Read a shared link's query string. */
  | { type: 'decode'; search: string };

/** What the lab receives from its worker (after `fromWire`). */
export type FromWorker =
  | { type: 'progress'; runId: number; progress: number }
  | { type: 'done'; runId: number; report: Report; wallMs: number }
  /** The scenario is not valid; `message` names each bad field. */
  | { type: 'refused'; runId: number; message: string }
  | { type: 'error'; runId: number; message: string }
  | { type: 'decoded'; link: DecodedLink };

/** One side's timeline by column: element i of each array is bucket i's field. */
export type PackedTimeline = Record<keyof TimelineRow, Float64Array>;

type OutcomeWithoutTimeline = Omit<Outcome, 'timeline'>;

/** A report as it crosses to the page: everything but the timelines as is, those packed. */
export interface PackedReport {
  report: Omit<Report, 'pull' | 'push'> & { pull: OutcomeWithoutTimeline; push: OutcomeWithoutTimeline };
  pull: PackedTimeline;
  push: PackedTimeline;
  series: ChartSeries;
}

/** What crosses the worker boundary: FromWorker, with a finished report packed. */
export type WireMessage =
  Exclude<FromWorker, { type: 'done' }> | { type: 'done'; runId: number; report: PackedReport; wallMs: number };

// A Record, so the compiler insists on every field of TimelineRow, and on no other.
const FIELDS = Object.keys({
  t: 0,
  alive: 0,
  expected: 0,
  received: 0,
  missed: 0,
  requests: 0,
  bytes: 0,
  failed: 0,
  requestsPeak: 0,
  down: 0,
} satisfies Record<keyof TimelineRow, 0>) as (keyof TimelineRow)[];

function packTimeline(rows: readonly TimelineRow[]): PackedTimeline {
  const columns = {} as PackedTimeline;
  for (const f of FIELDS) {
    const column = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++) column[i] = rows[i][f];
    columns[f] = column;
  }
  return columns;
}

// Spelled out (not a loop over FIELDS): a literal of one shape is an order of magnitude faster to build.
const rowAt = (c: PackedTimeline, i: number): TimelineRow => ({
  t: c.t[i],
  alive: c.alive[i],
  expected: c.expected[i],
  received: c.received[i],
  missed: c.missed[i],
  requests: c.requests[i],
  bytes: c.bytes[i],
  failed: c.failed[i],
  requestsPeak: c.requestsPeak[i],
  down: c.down[i],
});

function unpackTimeline(c: PackedTimeline): TimelineRow[] {
  const rows = new Array<TimelineRow>(c.t.length);
  for (let i = 0; i < rows.length; i++) rows[i] = rowAt(c, i);
  return rows;
}

/** The report packed for postMessage, with the buffers to list as transferable. */
export function packReport(report: Report): { packed: PackedReport; transfer: ArrayBuffer[] } {
  const { timeline: pullRows, ...pull } = report.pull;
  const { timeline: pushRows, ...push } = report.push;
  const packed: PackedReport = {
    report: { ...report, pull, push },
    pull: packTimeline(pullRows),
    push: packTimeline(pushRows),
    series: chartSeries(report),
  };
  const transfer = [packed.pull, packed.push].flatMap((c) => FIELDS.map((f) => c[f].buffer as ArrayBuffer));
  return { packed, transfer };
}

/**
 * An outcome whose timeline rows are built on first read (the CSV and OpenMetrics exports, the
 * network view's load gauge); the charts draw the worker's series and never read them.
 */
function withTimeline(outcome: OutcomeWithoutTimeline, columns: PackedTimeline): Outcome {
  let rows: TimelineRow[] | undefined;
  return Object.defineProperty({ ...outcome }, 'timeline', {
    enumerable: true,
    get: () => (rows ??= unpackTimeline(columns)),
  }) as Outcome;
}

/** The report again, its charts' series adopted (see adoptSeries). */
export function unpackReport({ report, pull, push, series }: PackedReport): Report {
  const out: Report = { ...report, pull: withTimeline(report.pull, pull), push: withTimeline(report.push, push) };
  adoptSeries(out, series);
  return out;
}

/** A worker's message for postMessage(message, transfer). */
export function toWire(m: FromWorker): { message: WireMessage; transfer: ArrayBuffer[] } {
  if (m.type !== 'done') return { message: m, transfer: [] };
  const { packed, transfer } = packReport(m.report);
  return { message: { ...m, report: packed }, transfer };
}

/** A message from the worker, as the lab reads it. */
export function fromWire(m: WireMessage): FromWorker {
  return m.type === 'done' ? { ...m, report: unpackReport(m.report) } : m;
}
