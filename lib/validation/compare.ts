/**
 * What each side (real Prometheus, simulator) saw of one plan, and the comparison of the two.
 *
 * Both sides are reduced to the same observations, item by item of the plan, and the same code turns
 * observations into figures, so "never seen" or "detection time" has one definition for both.
 * Only items whose fate is settled inside the run count (eligible): a job that ends at the last
 * second could still be scraped after the run, on one side and not the other.
 */
import type { Scenario } from '../scenario/schema';
import type { Plan } from './plan';
import {
  kolmogorovSmirnov,
  meanInterval,
  proportionDifference,
  quantile,
  summarize,
  twoProportionP,
  welchP,
  wilson,
  Z95,
  type Interval,
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
  n: number;
  value: number;
  lo: number;
  hi: number;
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

export interface MetricResult {
  key: MetricKey;
  label: string;
  unit: 'share' | 's' | 'series';
  test: 'two-proportion z' | 'Welch (means)' | 'Kolmogorov-Smirnov' | 'exact';
  real: Estimate | null;
  simulated: Estimate | null;
  /** Newcombe interval of real − simulated (proportions only). */
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

const proportion = (x: number, n: number, z: number): Estimate => ({ n, value: n ? x / n : NaN, ...wilson(x, n, z) });

function spread(xs: number[], z: number): Estimate {
  const s = summarize(xs);
  return {
    n: s.n,
    value: s.mean,
    ...meanInterval(s, z),
    p10: quantile(xs, 0.1),
    p50: quantile(xs, 0.5),
    p90: quantile(xs, 0.9),
  };
}

function proportionMetric(
  key: MetricKey,
  label: string,
  real: [number, number],
  sim: [number, number] | null,
  alpha: number,
  z: number,
): MetricResult {
  const base = { key, label, unit: 'share' as const, test: 'two-proportion z' as const };
  const r = proportion(real[0], real[1], z);
  if (!sim) return { ...base, real: r, simulated: null, pValue: null, verdict: 'unsupported' };
  const s = proportion(sim[0], sim[1], z);
  if (real[1] === 0 || sim[1] === 0) return { ...base, real: r, simulated: s, pValue: null, verdict: 'no-data' };
  const pValue = twoProportionP(real[0], real[1], sim[0], sim[1]);
  const difference = proportionDifference(real[0], real[1], sim[0], sim[1], z);
  return { ...base, real: r, simulated: s, difference, pValue, verdict: pValue < alpha ? 'differ' : 'agree' };
}

function delayMetric(
  key: MetricKey,
  label: string,
  real: number[],
  sim: number[] | null,
  test: 'Welch (means)' | 'Kolmogorov-Smirnov',
  alpha: number,
  z: number,
): MetricResult {
  const base = { key, label, unit: 's' as const, test };
  const r = spread(real, z);
  if (!sim) return { ...base, real: r, simulated: null, pValue: null, verdict: 'unsupported' };
  const s = spread(sim, z);
  if (real.length < 2 || sim.length < 2) return { ...base, real: r, simulated: s, pValue: null, verdict: 'no-data' };
  const pValue = test === 'Welch (means)' ? welchP(summarize(real), summarize(sim)) : kolmogorovSmirnov(real, sim).p;
  return { ...base, real: r, simulated: s, pValue, verdict: pValue < alpha ? 'differ' : 'agree' };
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

export function compare(
  plan: Plan,
  s: Scenario,
  real: Observations,
  sim: Observations,
  { alpha, z }: CompareOptions = { alpha: 0.05, z: Z95 },
): MetricResult[] {
  const ok = eligible(plan, s);
  const out: MetricResult[] = [];
  if (ok.jobs.size > 0) {
    const pick = (o: Observations) => o.jobs.filter((j) => ok.jobs.has(j.id));
    const neverSeen = (js: JobObservation[]): [number, number] => [
      js.filter((j) => j.firstScrapeDelaySec === null).length,
      js.length,
    ];
    const delays = (js: JobObservation[]) =>
      js.flatMap((j) => (j.firstScrapeDelaySec === null ? [] : [j.firstScrapeDelaySec]));
    const [rj, sj] = [pick(real), pick(sim)];
    const m = proportionMetric('neverSeenShare', 'Jobs never scraped', neverSeen(rj), neverSeen(sj), alpha, z);
    const naive = naiveNeverSeen(s);
    out.push(naive === undefined ? m : { ...m, naive });
    out.push(
      delayMetric(
        'firstScrapeDelaySec',
        'First scrape after start',
        delays(rj),
        delays(sj),
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
        scraped(sim),
        alpha,
        z,
      ),
    );
  }
  if (real.exposedSeriesAtEnd !== null) {
    const r = real.exposedSeriesAtEnd;
    const sv = sim.exposedSeriesAtEnd;
    const exact = (v: number): Estimate => ({ n: 1, value: v, lo: v, hi: v });
    out.push({
      key: 'gatewaySeriesAtEnd',
      label: 'Series the Pushgateway still exposes at the end',
      unit: 'series',
      test: 'exact',
      real: exact(r),
      simulated: sv === null ? null : exact(sv),
      pValue: null,
      verdict: sv === null ? 'no-data' : sv === r ? 'agree' : 'differ',
    });
  }
  if (ok.crashes.size > 0 && real.crashes) {
    const pick = (cs: CrashObservation[] | null) => cs?.filter((c) => ok.crashes.has(`${c.id}@${c.crashSec}`)) ?? null;
    const [rc, sc] = [pick(real.crashes)!, pick(sim.crashes)];
    const wrote = (cs: CrashObservation[]): [number, number] => [
      cs.filter((c) => c.upZeroDelaySec !== null).length,
      cs.length,
    ];
    const delays = (cs: CrashObservation[]) => cs.flatMap((c) => (c.upZeroDelaySec === null ? [] : [c.upZeroDelaySec]));
    const note = sc ? undefined : 'The simulator does not support onCrash yet: rerun after schema version 2 lands.';
    const share = proportionMetric(
      'crashesWithUpZeroShare',
      'Crashes that wrote up = 0',
      wrote(rc),
      sc && wrote(sc),
      alpha,
      z,
    );
    const detect = delayMetric(
      'detectionSec',
      'Crash to first up = 0',
      delays(rc),
      sc && delays(sc),
      'Welch (means)',
      alpha,
      z,
    );
    out.push(note ? { ...share, note } : share, note ? { ...detect, note } : detect);
  }
  return out;
}
