/**
 * What each side (real Prometheus, simulator) saw of one plan, and the comparison of the two.
 *
 * Both sides are reduced to the same observations, item by item of the plan, and the same code turns
 * observations into figures, so "never seen" or "detection time" has one definition for both.
 * Only items whose fate is settled inside the run count (eligible): a job that ends at the last
 * second could still be scraped after the run, on one side and not the other.
 *
 * The real side is one run: its scrape phases are whatever that Prometheus drew (a hash of each
 * target's labels and address, XOR a per-server seed). The simulated side is many runs of the same
 * fleet that differ only in their scrape phases: their mean is the model's expectation, their spread
 * how far one run may land from it, and a real figure differs when it lies outside that spread.
 */
import type { Scenario } from '../scenario/schema';
import type { Plan } from './plan';
import {
  kolmogorovSmirnov,
  meanInterval,
  modelSpread,
  quantile,
  spreadP,
  spreadSe,
  summarize,
  wilson,
  Z95,
  type Interval,
  type ModelSpread,
} from './stats';

export interface JobObservation {
  id: string;
  /** When the job's first successful scrape happened, seconds after its start; null: never. */
  firstScrapeDelaySec: number | null;
}

export interface RunObservation {
  id: string;
  /** A scrape of the Pushgateway stored this run's pushed values at least once. */
  scraped: boolean;
}

export interface CrashObservation {
  id: string;
  crashSec: number;
  /** Seconds from the crash to the first stored `up = 0` of the crashed target; null: none written. */
  upZeroDelaySec: number | null;
}

export interface Observations {
  jobs: JobObservation[];
  runs: RunObservation[];
  /** null: this side cannot model the scenario's crashes. */
  crashes: CrashObservation[] | null;
  /** Series the Pushgateway exposes at the end of the run; null without a gateway. */
  exposedSeriesAtEnd: number | null;
}

export type Verdict = 'agree' | 'differ' | 'unsupported' | 'no-data';

export interface Estimate {
  /** Items the figure is based on (per run, for the simulated side). */
  n: number;
  value: number;
  /** Real: the confidence interval from its sample. Simulated: the band one run falls in (mean ± z·sd). */
  lo: number;
  hi: number;
  /** Simulated side only: how many runs (phase draws) the mean and band come from. */
  runs?: number;
  p10?: number;
  p50?: number;
  p90?: number;
}

export type MetricKey =
  | 'neverSeenShare'
  | 'firstScrapeDelaySec'
  | 'gatewayRunsScrapedShare'
  | 'gatewaySeriesAtEnd'
  | 'crashesWithUpZeroShare'
  | 'detectionSec';

/**
 * model spread: z of (real − model mean) over the model's run-to-run spread; exact: the model gives
 * the same value in every run; Kolmogorov-Smirnov: the real delays against all simulated ones.
 */
export type MetricTest = 'model spread (z)' | 'exact' | 'Kolmogorov-Smirnov';

export interface MetricResult {
  key: MetricKey;
  label: string;
  unit: 'share' | 's' | 'series';
  test: MetricTest;
  real: Estimate | null;
  simulated: Estimate | null;
  /** real − model mean, at the shown confidence (shares and means). */
  difference?: Interval;
  pValue: number | null;
  verdict: Verdict;
  /** The textbook d/T prediction, for never-seen shares of fixed-length jobs. */
  naive?: number;
  note?: string;
}

/** Seconds after a change until its consequence is settled on both sides (discovery + one scrape). */
export function settleSec(s: Scenario): number {
  return s.pull.discoveryDelaySec + s.pull.discoveryTickSec + s.pull.scrapeIntervalSec + 1;
}

/** Plan items that count: their outcome is decided before the run's end. */
export function eligible(plan: Plan, s: Scenario) {
  const settle = settleSec(s);
  const D = plan.durationSec;
  return {
    jobs: new Set(plan.targets.filter((t) => t.job && t.lives[0][1] + settle <= D).map((t) => t.id)),
    runs: new Set(plan.pushes.filter((p) => p.atSec + s.pull.scrapeIntervalSec + 1 <= D).map((p) => p.id)),
    crashes: new Set(plan.crashes.filter((c) => c.backSec + settle <= D).map((c) => `${c.id}@${c.crashSec}`)),
  };
}

const mean = (xs: readonly number[]) => summarize(xs).mean;

/** The simulated side's estimate: the model's mean over runs, and the band mean ± z·sd. */
function modelEstimate(m: ModelSpread, n: number, z: number, unit: MetricResult['unit']): Estimate {
  const lo = m.mean - z * m.sd;
  const hi = m.mean + z * m.sd;
  return unit === 'share'
    ? { n, runs: m.runs, value: m.mean, lo: Math.max(0, lo), hi: Math.min(1, hi) }
    : { n, runs: m.runs, value: m.mean, lo, hi };
}

interface Judged {
  test: MetricTest;
  difference?: Interval;
  pValue: number;
  verdict: Verdict;
}

/** One real figure against the model's spread of it. */
function judge(real: number, m: ModelSpread, alpha: number, z: number): Judged {
  const pValue = spreadP(real, m);
  const d = real - m.mean;
  const half = z * spreadSe(m);
  return {
    test: m.sd === 0 ? 'exact' : 'model spread (z)',
    difference: { lo: d - half, hi: d + half },
    pValue,
    verdict: pValue < alpha ? 'differ' : 'agree',
  };
}

function proportionMetric(
  key: MetricKey,
  label: string,
  real: [number, number],
  sims: [number, number][] | null,
  alpha: number,
  z: number,
): MetricResult {
  const [x, n] = real;
  const base = { key, label, unit: 'share' as const, test: 'model spread (z)' as const, pValue: null };
  const r: Estimate = { n, value: n ? x / n : NaN, ...wilson(x, n, z) };
  if (!sims) return { ...base, real: r, simulated: null, verdict: 'unsupported' };
  if (n === 0 || sims.length < 2) return { ...base, real: r, simulated: null, verdict: 'no-data' };
  const m = modelSpread(sims.map(([sx, sn]) => sx / sn));
  return { ...base, real: r, simulated: modelEstimate(m, n, z, 'share'), ...judge(x / n, m, alpha, z) };
}

function delayMetric(
  key: MetricKey,
  label: string,
  real: number[],
  sims: number[][] | null,
  test: 'model spread (z)' | 'Kolmogorov-Smirnov',
  alpha: number,
  z: number,
): MetricResult {
  const base = { key, label, unit: 's' as const, test, pValue: null };
  const s = summarize(real);
  const r: Estimate = {
    n: s.n,
    value: s.mean,
    ...meanInterval(s, z),
    p10: quantile(real, 0.1),
    p50: quantile(real, 0.5),
    p90: quantile(real, 0.9),
  };
  if (!sims) return { ...base, real: r, simulated: null, verdict: 'unsupported' };
  const runs = sims.filter((xs) => xs.length > 0);
  if (real.length < 2 || runs.length < 2) return { ...base, real: r, simulated: null, verdict: 'no-data' };
  const pooled = runs.flat();
  const m = modelSpread(runs.map(mean));
  const simulated = {
    ...modelEstimate(m, Math.round(pooled.length / runs.length), z, 's'),
    p10: quantile(pooled, 0.1),
    p50: quantile(pooled, 0.5),
    p90: quantile(pooled, 0.9),
  };
  const judged = judge(s.mean, m, alpha, z);
  if (test === 'model spread (z)') return { ...base, real: r, simulated, ...judged };
  // The whole distribution: each real delay against every simulated one (all runs pooled).
  const pValue = kolmogorovSmirnov(real, pooled).p;
  return { ...base, real: r, simulated, pValue, verdict: pValue < alpha ? 'differ' : 'agree' };
}

/** Fixed-length jobs of one group only: the d/T law's never-seen share, max(0, 1 − d/T). */
export function naiveNeverSeen(s: Scenario): number | undefined {
  const jobs = s.services.filter((g) => g.kind === 'short-lived');
  if (jobs.length !== 1 || jobs[0].kind !== 'short-lived' || jobs[0].lifetimeSec.dist !== 'fixed') return undefined;
  return Math.max(0, 1 - jobs[0].lifetimeSec.value / s.pull.scrapeIntervalSec);
}

export interface CompareOptions {
  /** A metric "differs" when its test's p-value is below alpha. */
  alpha: number;
  /** z of the intervals shown. */
  z: number;
}

/** The real run against simulated runs of the same plan (at least two, differing in scrape phases). */
export function compare(
  plan: Plan,
  s: Scenario,
  real: Observations,
  sims: Observations[],
  { alpha, z }: CompareOptions = { alpha: 0.05, z: Z95 },
): MetricResult[] {
  const ok = eligible(plan, s);
  const out: MetricResult[] = [];
  if (ok.jobs.size > 0) {
    const pick = (o: Observations) => o.jobs.filter((j) => ok.jobs.has(j.id));
    const neverSeen = (o: Observations): [number, number] => {
      const js = pick(o);
      return [js.filter((j) => j.firstScrapeDelaySec === null).length, js.length];
    };
    const delays = (o: Observations) =>
      pick(o).flatMap((j) => (j.firstScrapeDelaySec === null ? [] : [j.firstScrapeDelaySec]));
    const m = proportionMetric('neverSeenShare', 'Jobs never scraped', neverSeen(real), sims.map(neverSeen), alpha, z);
    const naive = naiveNeverSeen(s);
    out.push(naive === undefined ? m : { ...m, naive });
    out.push(
      delayMetric(
        'firstScrapeDelaySec',
        'First scrape after start',
        delays(real),
        sims.map(delays),
        'Kolmogorov-Smirnov',
        alpha,
        z,
      ),
    );
  }
  if (ok.runs.size > 0) {
    const scraped = (o: Observations): [number, number] => {
      const rs = o.runs.filter((r) => ok.runs.has(r.id));
      return [rs.filter((r) => r.scraped).length, rs.length];
    };
    out.push(
      proportionMetric(
        'gatewayRunsScrapedShare',
        'Job runs whose push was ever scraped',
        scraped(real),
        sims.map(scraped),
        alpha,
        z,
      ),
    );
  }
  if (real.exposedSeriesAtEnd !== null) {
    const r = real.exposedSeriesAtEnd;
    const exposed = sims.flatMap((o) => (o.exposedSeriesAtEnd === null ? [] : [o.exposedSeriesAtEnd]));
    const base = { key: 'gatewaySeriesAtEnd' as const, label: 'Series the Pushgateway still exposes at the end' };
    const real1: Estimate = { n: 1, value: r, lo: r, hi: r };
    if (exposed.length < 2) {
      out.push({
        ...base,
        unit: 'series',
        test: 'exact',
        real: real1,
        simulated: null,
        pValue: null,
        verdict: 'no-data',
      });
    } else {
      const m = modelSpread(exposed);
      out.push({
        ...base,
        unit: 'series',
        real: real1,
        simulated: modelEstimate(m, 1, z, 'series'),
        ...judge(r, m, alpha, z),
      });
    }
  }
  if (ok.crashes.size > 0 && real.crashes) {
    const pick = (cs: CrashObservation[]) => cs.filter((c) => ok.crashes.has(`${c.id}@${c.crashSec}`));
    const wrote = (cs: CrashObservation[]): [number, number] => {
      const picked = pick(cs);
      return [picked.filter((c) => c.upZeroDelaySec !== null).length, picked.length];
    };
    const delays = (cs: CrashObservation[]) =>
      pick(cs).flatMap((c) => (c.upZeroDelaySec === null ? [] : [c.upZeroDelaySec]));
    const simCrashes = sims.every((o) => o.crashes !== null) ? sims.map((o) => o.crashes!) : null;
    const note = simCrashes
      ? undefined
      : 'The simulator does not support onCrash yet: rerun after schema version 2 lands.';
    const share = proportionMetric(
      'crashesWithUpZeroShare',
      'Crashes that wrote up = 0',
      wrote(real.crashes),
      simCrashes && simCrashes.map(wrote),
      alpha,
      z,
    );
    const detect = delayMetric(
      'detectionSec',
      'Crash to first up = 0',
      delays(real.crashes),
      simCrashes && simCrashes.map(delays),
      'model spread (z)',
      alpha,
      z,
    );
    out.push(note ? { ...share, note } : share, note ? { ...detect, note } : detect);
  }
  return out;
}
