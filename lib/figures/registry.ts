/**
 * The figure registry: every headline number the app compares, pull beside push, defined once.
 * The lab's figures table, the verdict, the CLI table, the quiz and the lessons all read it, so a
 * figure's value, unit, direction and comparability cannot drift between them. Adding a figure is
 * one entry in SPECS: its key is the id, and the order of the keys is the display order.
 */
import type { Outcome, Report } from '../sim/report';
import { formatBytes, formatCount, formatPercent, formatSeconds } from '../lab/format';

export type Unit =
  | 'ratio'
  | 'requests-per-sec'
  | 'bytes-per-sec'
  | 'requests'
  | 'seconds'
  | 'series'
  | 'samples'
  | 'samples-per-sec'
  | 'crashes'
  | 'places';

/**
 * A reading of a side that says how much of the fleet it failed to observe. A side that scores
 * higher on any of a figure's `blindTo` readings saw less, and never gets that figure's mark.
 */
export type Blindness = (o: Outcome) => number;

export interface Figure {
  label: string;
  /** What the number means, in one sentence. */
  hint: string;
  unit: Unit;
  /** Which direction is better: every figure today is a cost or a failure. */
  better: 'lower' | 'higher';
  /** The figure's value for one side; null when the side has none (no crash was noticed). */
  value(o: Outcome, r: Report): number | null;
  format(v: number | null, o: Outcome, r: Report): string;
  /**
   * Readings on which a side that saw less would look better on this figure: fewer instances seen
   * means fewer requests, bytes, failures and stale series, and a mean over fewer crashes or data
   * points. Empty for figures that seeing less can only make worse (missed, never seen, counts
   * lost) and for figures that do not depend on what was seen (places to configure).
   */
  blindTo: readonly Blindness[];
  /**
   * When the lab's table lists the figure by default; absent, always. A figure that only speaks to
   * some scenarios (a sample limit, delta pushes, crashes) stays out of the way elsewhere. The CLI
   * and an explicit list of ids show every figure asked for.
   */
  shownWhen?: (r: Report) => boolean;
}

const perSec = (v: number | null) => (v === null ? '–' : `${formatCount(v)}/s`);

/** Instances the backend never received a data point from. */
const instancesUnseen: Blindness = (o) => o.servicesNeverSeen;
/** Crashes of long-running instances the backend had not noticed by the end of the run. */
const crashesUnnoticed: Blindness = (o) => o.deadUndetected;

/** Share of (instance, bucket) pairs without a data point: fewer points stored, less to count. */
const samplesMissed: Blindness = (o) => o.missedSampleRatio;

const SEEN = [instancesUnseen] as const;
const SEEN_AND_STORED = [instancesUnseen, samplesMissed] as const;

const sampleLimited = (r: Report) => r.scenario.pull.sampleLimit > 0;
const anyCrashes = (r: Report) => r.scenario.services.some((g) => g.kind === 'long-running' && g.crashesPerHour > 0);

const SPECS = {
  missed: {
    label: 'Missed samples',
    hint: 'Share of (instance, bucket) pairs with no data point, while the instance was alive.',
    unit: 'ratio',
    better: 'lower',
    value: (o) => o.missedSampleRatio,
    format: (v) => formatPercent(v ?? 0),
    blindTo: [],
  },
  'never-seen': {
    label: 'Instances never seen',
    hint: 'Instances the backend holds no data point from at all.',
    unit: 'ratio',
    better: 'lower',
    value: (o) => neverSeenShare(o),
    format: (_v, o) => `${formatCount(o.servicesNeverSeen)} of ${formatCount(o.servicesTotal)}`,
    blindTo: [],
  },
  'counts-lost': {
    label: 'Counts lost',
    hint: 'Share of all counter increments the backend never learns of.',
    unit: 'ratio',
    better: 'lower',
    value: (o) => o.countsLostRatio,
    format: (v) => formatPercent(v ?? 0),
    blindTo: [],
  },
  'counts-duplicated': {
    label: 'Counts double-counted',
    hint: 'Share of all work the backend counted more than once: delta pushes retried after their acknowledgement was lost.',
    unit: 'ratio',
    better: 'lower',
    value: (o) => o.countsDuplicatedRatio,
    format: (v) => formatPercent(v ?? 0),
    // Fewer pushes from a side that reached fewer instances, so fewer retries to count twice.
    blindTo: SEEN,
    shownWhen: (r) =>
      (r.scenario.push.protocol === 'http' && r.scenario.push.temporality === 'delta') ||
      r.push.countsDuplicatedRatio > 0,
  },
  'load-peak': {
    label: 'Peak load',
    hint: 'Requests reaching the collector in the busiest one-second window.',
    unit: 'requests-per-sec',
    better: 'lower',
    value: (o) => o.requestsPerSecPeak,
    format: perSec,
    blindTo: SEEN,
  },
  'load-mean': {
    label: 'Mean load',
    hint: 'Requests per second over the whole run, retries and failures included.',
    unit: 'requests-per-sec',
    better: 'lower',
    value: (o) => o.requestsPerSecMean,
    format: perSec,
    blindTo: SEEN,
  },
  bytes: {
    label: 'Data moved',
    hint: 'Payload bytes per second towards the collector.',
    unit: 'bytes-per-sec',
    better: 'lower',
    value: (o, r) => o.bytes / r.scenario.durationSec,
    format: (v) => `${formatBytes(v ?? 0)}/s`,
    blindTo: SEEN,
  },
  failed: {
    label: 'Failed requests',
    hint: 'Scrapes that failed, or pushes refused or lost.',
    unit: 'requests',
    better: 'lower',
    value: (o) => o.failed,
    format: (v) => formatCount(v ?? 0),
    blindTo: SEEN,
  },
  'dead-detection': {
    label: 'Time to notice a crash',
    hint: 'Mean time from a long-running instance crashing to the backend knowing it is down.',
    unit: 'seconds',
    better: 'lower',
    value: (o) => o.deadDetectionSecMean,
    format: (v) => (v === null ? 'no crashes' : formatSeconds(v)),
    // An instance the backend never reached "fails" every scrape, so its crash looks noticed at once.
    blindTo: [instancesUnseen, crashesUnnoticed],
  },
  'crashes-unnoticed': {
    label: 'Crashes unnoticed',
    hint: 'Crashes the backend never registered: pull, no failed scrape (a replaced pod just leaves discovery); push, back before the silence counted.',
    unit: 'crashes',
    better: 'lower',
    value: (o) => o.deadUndetected,
    format: (v) => formatCount(v ?? 0),
    // An instance the backend never reached "fails" every scrape, so its crash looks noticed at once.
    blindTo: SEEN,
    shownWhen: anyCrashes,
  },
  'active-series': {
    label: 'Active series (peak)',
    hint: 'Most series the backend held as current at once: the memory a backend needs, and what a cardinality explosion grows.',
    unit: 'series',
    better: 'lower',
    value: (o) => o.activeSeriesPeak,
    format: (v) => formatCount(v ?? 0),
    blindTo: SEEN,
  },
  'samples-stored': {
    label: 'Samples stored',
    hint: 'Data points the backend stored, one per series per scrape or push: its storage cost.',
    unit: 'samples',
    better: 'lower',
    value: (o) => o.samplesStored,
    format: (v) => formatCount(v ?? 0),
    blindTo: SEEN_AND_STORED,
    shownWhen: sampleLimited,
  },
  'samples-peak': {
    label: 'Peak ingest',
    hint: 'Samples the backend stored in the busiest one-second window.',
    unit: 'samples-per-sec',
    better: 'lower',
    value: (o) => o.samplesPerSecPeak,
    format: perSec,
    blindTo: SEEN_AND_STORED,
    shownWhen: (r) => sampleLimited(r) || r.scenario.push.alignment === 'aligned',
  },
  'timestamp-error': {
    label: 'Timestamp error',
    hint: 'Mean gap between the time stored with a data point and the moment it describes.',
    unit: 'seconds',
    better: 'lower',
    value: (o) => o.timestampErrorSecMean,
    format: (v) => formatSeconds(v ?? 0),
    blindTo: SEEN,
  },
  'stale-series': {
    label: 'Stale series',
    hint: 'Series still exposed at the end for instances that had already ended.',
    unit: 'series',
    better: 'lower',
    value: (o) => o.staleSeries,
    format: (v) => formatCount(v ?? 0),
    blindTo: SEEN,
  },
  'config-places': {
    label: 'Places to configure',
    hint: 'Places that must name where data comes from or goes to.',
    unit: 'places',
    better: 'lower',
    value: (o) => o.configPlaces,
    format: (v) => formatCount(v ?? 0),
    blindTo: [],
  },
} satisfies Record<string, Figure>;

export type FigureId = keyof typeof SPECS;

export const FIGURES: { readonly [K in FigureId]: Figure } = SPECS;

/** Every figure id, in display order. */
export const FIGURE_IDS = Object.keys(SPECS) as FigureId[];

/** The figures the lab lists for this report by default, in display order. */
export function shownFigureIds(r: Report): FigureId[] {
  return FIGURE_IDS.filter((id) => (FIGURES[id].shownWhen ?? (() => true))(r));
}

/** Share of all instances (services and job runs) the backend never received a data point from. */
export function neverSeenShare(o: Outcome): number {
  return o.servicesTotal ? o.servicesNeverSeen / o.servicesTotal : 0;
}

/** Share of requests (scrapes or pushes) that failed. */
export function failedShare(o: Outcome): number {
  return o.requests ? o.failed / o.requests : 0;
}
