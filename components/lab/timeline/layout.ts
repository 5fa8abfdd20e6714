/**
 * Geometry and wording for the fleet timeline: pure helpers, so the components only draw.
 */
import { formatSeconds } from '@/lib/lab/format';
import { niceSec } from '@/lib/lab/playback';
import type { TraceEventKind, TracedInstance } from '@/lib/sim/report';
import { TRACE_MAX_EVENTS_PER_ENGINE } from '@/lib/sim/trace';

/**
 * How one row is laid out: the pull lane above the life line, the push lane below it, and the
 * instance's name either in a column left of the plot (`stacked: false`) or on its own line above
 * the lanes (`stacked: true`). All values are in drawing units (CSS px).
 */
export interface RowLayout {
  stacked: boolean;
  /** Where the plot starts: the label column's width, or a small margin when labels are stacked. */
  plotLeft: number;
  height: number;
  /** Baseline of the stacked label line (unused beside a label column). */
  labelY: number;
  pullY: number;
  lifeY: number;
  pushY: number;
}

const BESIDE: RowLayout = { stacked: false, plotLeft: 150, height: 44, labelY: 0, pullY: 11, lifeY: 22, pushY: 33 };
/** Phones: a label column would take a third of the width, so the whole run would not fit legibly. */
const STACKED: RowLayout = { stacked: true, plotLeft: 8, height: 48, labelY: 10, pullY: 20, lifeY: 30, pushY: 40 };

/** Below this drawing width, labels go above each row and the plot takes the full width. */
export const STACK_BELOW_PX = 560;
export const AXIS_HEIGHT = 26;
export const PLOT_PAD_RIGHT = 14;

export const rowLayoutFor = (widthPx: number): RowLayout => (widthPx < STACK_BELOW_PX ? STACKED : BESIDE);
export const plotWidthFor = (widthPx: number) => widthPx - rowLayoutFor(widthPx).plotLeft - PLOT_PAD_RIGHT;

/** Time of the first and last thing that happens on the row: life, and scrapes or verdicts after it. */
export function rowSpan(instance: TracedInstance): { fromSec: number; toSec: number } {
  const last = instance.events.at(-1)?.t ?? instance.endSec;
  return { fromSec: instance.startSec, toSec: Math.max(instance.endSec, last) };
}

export function overlaps(instance: TracedInstance, fromSec: number, toSec: number): boolean {
  const span = rowSpan(instance);
  return span.fromSec <= toSec && span.toSec >= fromSec;
}

/** Tick times: multiples of a nice spacing, at most `maxTicks` of them across the span. */
export function timeTicks(fromSec: number, toSec: number, maxTicks: number): number[] {
  const spacing = niceSec((toSec - fromSec) / Math.max(1, maxTicks));
  const ticks: number[] = [];
  for (let t = Math.ceil(fromSec / spacing) * spacing; t <= toSec + 1e-9; t += spacing) ticks.push(t);
  return ticks;
}

/** Tick labels: "0", "45 s", "5 min", "1 h", "1 min 30 s". */
export function formatTick(sec: number): string {
  if (sec === 0) return '0';
  if (sec % 3600 === 0) return `${sec / 3600} h`;
  if (sec % 60 === 0) return `${sec / 60} min`;
  return formatSeconds(sec);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What happened to one instance over the whole run, in words: the timeline's text alternative. */
export function summarise(instance: TracedInstance, durationSec: number): { life: string; pull: string; push: string } {
  const count = (engine: 'pull' | 'push', kind: TraceEventKind) =>
    instance.events.filter((e) => e.engine === engine && e.kind === kind).length;
  const verdict = (engine: 'pull' | 'push', what: string) => {
    const dead = instance.events.find((e) => e.engine === engine && e.kind === 'dead-detected');
    return dead ? `${what} ${formatSeconds(Math.max(0, dead.t - instance.endSec))} after it ended` : null;
  };

  const lived = formatSeconds(Math.min(instance.endSec, durationSec) - instance.startSec);
  const life = instance.crashed
    ? `crashed after ${lived}`
    : instance.endSec < durationSec
      ? `lived ${lived}`
      : instance.startSec === 0
        ? 'ran for the whole run'
        : `started at ${formatSeconds(instance.startSec)}, still running at the end`;

  const ok = count('pull', 'scrape-ok');
  const failed = count('pull', 'scrape-failed');
  const gateway = count('pull', 'gateway-push');
  const pull = [
    ok + failed === 0 && count('pull', 'discovered') === 0
      ? 'never a scrape target'
      : ok > 0
        ? `${plural(ok, 'scrape')} succeeded`
        : 'never scraped successfully',
    failed > 0 && `${failed} failed`,
    gateway > 0 && `${plural(gateway, 'push', 'pushes')} to the Pushgateway`,
    verdict('pull', 'marked down'),
  ];

  const delivered = count('push', 'push-ok');
  const refused = count('push', 'push-refused');
  const lost = count('push', 'push-lost');
  const push = [
    delivered > 0 ? `${delivered} delivered` : 'nothing delivered',
    refused > 0 && `${refused} refused`,
    lost > 0 && `${lost} lost`,
    verdict('push', 'silence noticed'),
  ];

  const truncated = instance.truncated ? ' (trace shortened)' : '';
  return {
    life,
    pull: pull.filter(Boolean).join(', ') + truncated,
    push: push.filter(Boolean).join(', ') + truncated,
  };
}

/**
 * The zoomed view: four to eight scrape intervals, so each interval gets at least ~60 px (fewer on a
 * phone); none when that would be most of the run.
 */
export function zoomWindowSec(scrapeIntervalSec: number, durationSec: number, plotWidthPx: number): number | null {
  const intervals = Math.min(8, Math.max(4, Math.floor(plotWidthPx / 60)));
  const windowSec = niceSec(Math.max(30, intervals * scrapeIntervalSec));
  return windowSec * 1.5 <= durationSec ? windowSec : null;
}

/** The most instances any zoom window holds: the chart keeps that height while windows turn. */
export function maxRowsPerWindow(trace: readonly TracedInstance[], windowSec: number, durationSec: number): number {
  let most = 0;
  for (let from = 0; from < durationSec; from += windowSec) {
    const start = Math.min(from, Math.max(0, durationSec - windowSec));
    most = Math.max(most, trace.filter((i) => overlaps(i, start, start + windowSec)).length);
  }
  return most;
}

/**
 * Per lane, the time of the last event the trace kept when that engine hit the trace's cap; later
 * marks exist in the simulation but not in the sample, so the lane must not look silent.
 */
export function truncatedAfter(instance: TracedInstance): { pull: number | null; push: number | null } {
  const last = (engine: 'pull' | 'push') => {
    if (!instance.truncated) return null;
    const kept = instance.events.filter((e) => e.engine === engine);
    return kept.length >= TRACE_MAX_EVENTS_PER_ENGINE ? kept[kept.length - 1].t : null;
  };
  return { pull: last('pull'), push: last('push') };
}
