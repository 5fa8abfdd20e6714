/**
 * Whole runs against the paper formulas (monitoring-facts §7, §10). Tolerances are 4 binomial
 * standard errors: a correct engine fails about once in 15,000 runs, a wrong law fails at once.
 */
import { describe, expect, it } from 'vitest';
import { scenarioOrThrow } from '../scenario/parse';
import type { ScenarioInput } from '../scenario/schema';
import { buildFleet, crashesOf } from '../sim/fleet';
import { runScenario } from './run';

const run = (input: ScenarioInput) => runScenario(scenarioOrThrow(input))!;
const fourSigma = (p: number, n: number) => 4 * Math.sqrt((p * (1 - p)) / n);

function jobs(lifeSec: number, startsPerMin: number, extra: Partial<ScenarioInput> = {}): ScenarioInput {
  return {
    durationSec: 3600,
    services: [{ name: 'batch', kind: 'short-lived', startsPerMin, lifetimeSec: { dist: 'fixed', value: lifeSec } }],
    ...extra,
  };
}

describe('pull: the sampling law P(seen) = min(1, d/T)', () => {
  it('sees a 5 s job under 15 s scrapes a third of the time when discovery is instant', () => {
    const r = run(jobs(5, 25, { pull: { scrapeIntervalSec: 15, discoveryDelaySec: 0, discoveryTickSec: 0 } }));
    const n = r.pull.servicesTotal;
    expect(n).toBeGreaterThan(1200);
    expect(Math.abs(1 - r.pull.servicesNeverSeen / n - 1 / 3)).toBeLessThan(fourSigma(1 / 3, n));
  });
});

describe('pull: calibration against a real Prometheus 2.42 (facts §10)', () => {
  // Target applied at the first 5 s tick after start + 0.5 s, removed likewise after the end:
  // the visible window is d − w with w uniform on [0.5, 5.5). P(seen) = E[max(0, d − w)] / T.
  const file = (T: number) => ({ pull: { scrapeIntervalSec: T, discovery: 'file' as const } });

  it('12 s jobs, T = 20 s: about 55 % never scraped (measured 53 %)', () => {
    const r = run(jobs(12, 25, file(20)));
    const n = r.pull.servicesTotal;
    expect(Math.abs(r.pull.servicesNeverSeen / n - 0.55)).toBeLessThan(fourSigma(0.55, n));
  });

  it('5 s jobs, T = 10 s: about 80 % never scraped (measured 79 %)', () => {
    // E[max(0, 5 − w)] = ∫₀^4.5 x dx / 5 = 2.025 → P(seen) = 0.2025.
    const r = run(jobs(5, 25, file(10)));
    const n = r.pull.servicesTotal;
    expect(Math.abs(r.pull.servicesNeverSeen / n - 0.7975)).toBeLessThan(fourSigma(0.7975, n));
  });
});

describe('push statsd: never seen only when every datagram of every push is lost', () => {
  // A 5 s job pushing every 10 s (jittered): a scheduled push inside its life with probability 1/2,
  // plus the flush on exit. With k datagrams per push and loss q: P = ½·q^k + ½·q^(2k).
  const statsd = (series: number) =>
    run({
      ...jobs(5, 30),
      services: [
        {
          name: 'batch',
          kind: 'short-lived',
          startsPerMin: 30,
          seriesPerService: series,
          lifetimeSec: { dist: 'fixed', value: 5 },
        },
      ],
      network: { lossRate: 0.5 },
      push: { protocol: 'statsd' },
    });

  it.each([
    [10, 1],
    [50, 2],
  ])('%i series (%i datagram(s) per push)', (series, k) => {
    const r = statsd(series);
    const p = 0.5 * 0.5 ** k + 0.5 * 0.5 ** (2 * k);
    const n = r.push.servicesTotal;
    expect(Math.abs(r.push.servicesNeverSeen / n - p)).toBeLessThan(fourSigma(p, n));
  });
});

describe('crashes: what an up == 0 alert can see', () => {
  // 200 instances crashing 6 times an hour for an hour: about 1,200 crashes. Scrape phases are
  // uniform and independent of crash times, so P(a scrape lands in a window of w s) = w / T.
  const crashing = (onCrash: 'restart' | 'replace', extra: Partial<ScenarioInput> = {}) =>
    run({
      durationSec: 3600,
      services: [{ name: 'web', kind: 'long-running', count: 200, crashesPerHour: 6, restartDelaySec: 5, onCrash }],
      ...extra,
    });
  const noticedShare = (o: { deadUndetected: number; deadDetectionSecMean: number | null }, crashes: number) =>
    1 - o.deadUndetected / crashes;

  it('restart in place with R = 5 s < T = 15 s: pull notices a crash with probability R/T = 1/3', () => {
    const r = crashing('restart');
    const crashes = countCrashes(r);
    expect(crashes).toBeGreaterThan(1000);
    expect(r.pull.servicesTotal).toBe(200); // restarts are not new instances
    expect(Math.abs(noticedShare(r.pull, crashes) - 1 / 3)).toBeLessThan(fourSigma(1 / 3, crashes));
    // A noticed restart is noticed within its downtime: the mean delay is below R.
    expect(r.pull.deadDetectionSecMean!).toBeLessThan(5);
    // Push calls nobody dead: 5 s of silence is far below 3 × 10 s.
    expect(r.push.deadUndetected).toBe(crashes);
  });

  it('replace: only a scrape before the target is dropped (3 s after the crash) notices: probability 3/15', () => {
    const r = crashing('replace', { pull: { discoveryDelaySec: 3, discoveryTickSec: 0 } });
    const crashes = countCrashes(r);
    expect(crashes).toBeGreaterThan(1000);
    expect(Math.abs(noticedShare(r.pull, crashes) - 0.2)).toBeLessThan(fourSigma(0.2, crashes));
    expect(r.pull.deadDetectionSecMean!).toBeLessThan(3);
    // The replaced instance falls silent for good, so push notices it 20-30 s later, except: crashes
    // in the run's last ~25 s (verdict after the end, 1,200 × 25/3600 ≈ 8) and replacements that crash
    // before their first push (rate × mean phase = 6/3600 × 5 s per crash ≈ 10). About 18, Poisson 4σ ≈ 17.
    expect(r.push.deadUndetected).toBeLessThan(35);
  });
});

/** Crashes within the run, straight from the fleet. */
function countCrashes(r: ReturnType<typeof run>): number {
  const fleet = buildFleet(r.scenario);
  let n = 0;
  for (let i = 0; i < fleet.size; i++) n += crashesOf(fleet, i);
  return n;
}

describe('push http: acknowledgements lost like any message', () => {
  // Each attempt: the request is lost (p), or stored and then its reply lost (p), or done. So an
  // attempt is repeated with probability q = p + (1 − p)·p, and a push is stored 1/(1 − p) times on
  // average (attempts 1/(1 − q) = 1/(1 − p)², each storing with 1 − p): p/(1 − p) of its work twice.
  const lossy = (temporality: 'delta' | 'cumulative') =>
    run({
      durationSec: 3600,
      services: [{ name: 'web', kind: 'long-running', count: 100 }],
      network: { lossRate: 0.2 },
      push: { temporality },
    }).push;

  it('delta, p = 0.2: about p/(1 − p) = 25 % of the work is counted twice', () => {
    // 36,000 pushes; the duplicates per push have sd ≈ 0.6, so the mean's sd ≈ 0.003. The 60 s retry
    // bound (≈ 6 attempts, q⁶ ≈ 0.2 %) and the unpushed last interval shave a little off.
    const o = lossy('delta');
    expect(Math.abs(o.countsDuplicatedRatio - 0.25)).toBeLessThan(0.02);
    expect(o.countsLostRatio).toBeLessThan(0.01);
  });

  it('cumulative: the same retries count nothing twice', () => {
    const o = lossy('cumulative');
    expect(o.countsDuplicatedRatio).toBe(0);
    expect(o.countsLostRatio).toBeLessThan(0.01);
  });
});
