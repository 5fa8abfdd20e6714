/**
 * Whole runs against the paper formulas (monitoring-facts §7, §10). Tolerances are 4 binomial
 * standard errors: a correct engine fails about once in 15,000 runs, a wrong law fails at once.
 */
import { describe, expect, it } from 'vitest';
import { scenarioOrThrow } from '../scenario/parse';
import type { ScenarioInput } from '../scenario/schema';
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
