import { describe, expect, it } from 'vitest';
import { hashString, hashUniform } from '../sim/rng';
import { PullEngine } from './pull';
import { handBuilt, phaseOf, runEngine, timesOf } from './testing';

const pull = (ctx: Parameters<typeof runEngine>[0]) => runEngine(ctx, (c) => new PullEngine(c));
const web = { name: 'web', kind: 'long-running' } as const;
const batch = { name: 'batch', kind: 'short-lived' } as const;
/** Discovery that applies at once: the pure sampling law. */
const instantDiscovery = { discoveryDelaySec: 0, discoveryTickSec: 0 };

describe('pull: scraping a short job', () => {
  // The phase comes from the identity, not the start time: build once to learn it, then place the job.
  const T = 15;
  const phaseSec = phaseOf(handBuilt({ services: [batch] }, [{ startSec: 0, endSec: 5 }]), 0, 'scrape-phase') * T;
  const scenario = { durationSec: 60, services: [batch], pull: { scrapeIntervalSec: T, ...instantDiscovery } };

  it('sees a 5 s job when a scrape tick falls inside its life, and learns the count up to that scrape', () => {
    const start = phaseSec + T - 2; // the tick at phase + T comes 2 s into the job
    const { outcome, trace } = pull(handBuilt(scenario, [{ startSec: start, endSec: start + 5 }]));
    expect(timesOf(trace, 0, 'scrape-ok')).toEqual([expect.closeTo(phaseSec + T, 6)]);
    expect(outcome.servicesNeverSeen).toBe(0);
    expect(outcome.countsLostRatio).toBeCloseTo(3 / 5, 6); // 2 of 5 s of work seen
  });

  it('misses a 5 s job that falls between two ticks entirely', () => {
    const start = phaseSec + T + 1; // ticks at phase + T and phase + 2T: the job lives in between
    const { outcome } = pull(handBuilt(scenario, [{ startSec: start, endSec: start + 5 }]));
    expect(outcome.servicesNeverSeen).toBe(1);
    expect(outcome.samplesReceived).toBe(0);
    expect(outcome.countsLostRatio).toBe(1);
    expect(outcome.requests).toBe(0); // it was a target only while no tick came
  });
});

describe('pull: firewall and timeouts', () => {
  it('never reaches a firewalled instance: every scrape fails and takes no payload', () => {
    const ctx = handBuilt({ durationSec: 150, services: [{ ...web, firewalled: true }] }, [
      { startSec: 0, endSec: Infinity },
    ]);
    const { outcome } = pull(ctx);
    // Applied at the 5 s tick (0.5 s watch delay), then every 15 s: ticks in [5, 150).
    const phase = phaseOf(ctx, 0, 'scrape-phase') * 15;
    const expectedScrapes = Math.ceil((150 - phase) / 15) - Math.ceil((5 - phase) / 15);
    expect(outcome.requests).toBe(expectedScrapes);
    expect(outcome.failed).toBe(expectedScrapes);
    expect(outcome.bytes).toBe(0);
    expect(outcome.servicesNeverSeen).toBe(1);
  });

  it('fails a target whose series take longer to render than the timeout (100 µs/series)', () => {
    const lives = [{ startSec: 0, endSec: Infinity }];
    const slow = pull(
      handBuilt({ services: [{ ...web, seriesPerService: 60_000 }], pull: { scrapeTimeoutSec: 5 } }, lives),
    );
    const fine = pull(
      handBuilt({ services: [{ ...web, seriesPerService: 40_000 }], pull: { scrapeTimeoutSec: 5 } }, lives),
    );
    expect(slow.outcome.servicesNeverSeen).toBe(1); // 6.005 s > 5 s
    expect(fine.outcome.servicesNeverSeen).toBe(0); // 4.005 s < 5 s
    expect(fine.outcome.bytes).toBe(fine.outcome.requests * 40_000 * 80);
  });
});

describe('pull: crashes', () => {
  it('replace: only a scrape between the crash and the removal writes up = 0; then the target is gone', () => {
    // Crash at 100: the watch sees it at 100.5, applied at the 105 tick. The replacement starts at 130.
    const ctx = handBuilt({ durationSec: 300, services: [{ ...web, onCrash: 'replace' }] }, [
      { startSec: 0, endSec: 100, replacedAtSec: 130 },
      { startSec: 130, endSec: Infinity, incarnation: 1 },
    ]);
    const { outcome, trace } = pull(ctx);
    const phase = phaseOf(ctx, 0, 'scrape-phase') * 15;
    const firstTickAfterCrash = Math.ceil((100 - phase) / 15) * 15 + phase;
    expect(timesOf(trace, 0, 'undiscovered')).toEqual([105]);
    expect(timesOf(trace, 0, 'scrape-failed').every((t) => t >= 100 && t < 105)).toBe(true);
    if (firstTickAfterCrash < 105) {
      expect(outcome.deadDetectionSecMean).toBeCloseTo(firstTickAfterCrash - 100, 6);
      expect(outcome.deadUndetected).toBe(0);
    } else {
      expect(outcome.deadDetectionSecMean).toBeNull();
      expect(outcome.deadUndetected).toBe(1);
    }
    expect(timesOf(trace, 1, 'discovered')).toEqual([135]);
    expect(outcome.servicesTotal).toBe(2);
  });

  it('replace: a crash that no scrape lands on before the removal is never marked down', () => {
    // With a 60 s interval and the removal 5 s after the crash, place the crash just after a tick.
    const T = 60;
    const probe = handBuilt({ services: [web] }, [{ startSec: 0, endSec: 1 }]);
    const phase = phaseOf(probe, 0, 'scrape-phase') * T;
    const crash = phase + 2 * T + 0.1;
    const ctx = handBuilt(
      {
        durationSec: 600,
        services: [{ ...web, onCrash: 'replace' }],
        pull: { scrapeIntervalSec: T, ...instantDiscovery },
      },
      [{ startSec: 0, endSec: crash, replacedAtSec: crash + 30 }],
    );
    const { outcome, trace } = pull(ctx);
    expect(timesOf(trace, 0, 'scrape-failed')).toEqual([]);
    expect(outcome.deadUndetected).toBe(1);
    expect(outcome.deadDetectionSecMean).toBeNull();
    expect(outcome.timeline.every((row) => row.down === 0)).toBe(true);
  });

  it('restart: the same target fails while down, is noticed once, and is scraped again once back', () => {
    const ctx = handBuilt({ durationSec: 300, services: [web] }, [
      { startSec: 0, endSec: Infinity, downtimes: [[100, 140]] },
    ]);
    const { outcome, trace } = pull(ctx);
    const phase = phaseOf(ctx, 0, 'scrape-phase') * 15;
    const tick = (t: number) => Math.ceil((t - phase) / 15) * 15 + phase; // the first tick at or after t
    expect(timesOf(trace, 0, 'undiscovered')).toEqual([]);
    const failed = timesOf(trace, 0, 'scrape-failed');
    expect(failed.length).toBeGreaterThanOrEqual(2); // 40 s down under 15 s scrapes
    expect(failed.every((t) => t >= 100 && t < 140)).toBe(true);
    expect(timesOf(trace, 0, 'dead-detected')).toEqual([expect.closeTo(tick(100), 6)]);
    expect(outcome.deadDetectionSecMean).toBeCloseTo(tick(100) - 100, 6);
    expect(outcome.servicesTotal).toBe(1);
    // The counter restarts at 0: the work learned is what the last scrape of each life saw.
    const lastBefore = tick(100) - 15;
    const lastScrape = tick(300) - 15;
    const learned = lastBefore + (lastScrape - tick(140) >= 0 ? lastScrape - 140 : 0);
    expect(outcome.countsLostRatio).toBeCloseTo(1 - learned / 260, 6);
    // Down from the first failed scrape until the first good one after the restart.
    const downRows = outcome.timeline.filter((row) => row.down === 1).map((row) => row.t);
    expect(downRows[0]).toBe(Math.floor(tick(100) / 15) * 15);
    expect(Math.max(...downRows)).toBeLessThan(tick(140));
  });

  it('restart: a restart that falls between two scrapes is never noticed', () => {
    const ctx = handBuilt({ durationSec: 300, services: [web] }, [{ startSec: 0, endSec: Infinity }]);
    const phase = phaseOf(ctx, 0, 'scrape-phase') * 15;
    const down = phase + 60 + 1; // 1 s after a tick, back 10 s later, before the next
    const { outcome } = pull(
      handBuilt({ durationSec: 300, services: [web] }, [
        { startSec: 0, endSec: Infinity, downtimes: [[down, down + 10]] },
      ]),
    );
    expect(outcome.failed).toBe(0);
    expect(outcome.deadUndetected).toBe(1);
    expect(outcome.deadDetectionSecMean).toBeNull();
  });
});

describe('pull: sample_limit', () => {
  const lives = [
    { startSec: 0, endSec: Infinity },
    { startSec: 0, endSec: Infinity, index: 1, group: 1 },
  ];
  const scenario = (sampleLimit: number) => ({
    durationSec: 150,
    services: [
      { ...web, seriesPerService: 50 },
      { name: 'api', kind: 'long-running' as const, seriesPerService: 500 },
    ],
    pull: { sampleLimit },
  });

  it('fails every scrape of a target over the limit and stores none of its samples', () => {
    const { outcome, trace } = pull(handBuilt(scenario(100), lives));
    expect(timesOf(trace, 1, 'scrape-ok')).toEqual([]);
    const okScrapes = timesOf(trace, 0, 'scrape-ok').length;
    expect(okScrapes).toBeGreaterThan(0);
    expect(outcome.samplesStored).toBe(okScrapes * 50);
    expect(outcome.activeSeriesPeak).toBe(50);
    expect(outcome.failed).toBe(timesOf(trace, 1, 'scrape-failed').length);
    expect(outcome.servicesNeverSeen).toBe(1);
  });

  it('0 means unlimited: both targets stored, their series current together', () => {
    const { outcome, trace } = pull(handBuilt(scenario(0), lives));
    const scrapes = (i: number) => timesOf(trace, i, 'scrape-ok').length;
    expect(outcome.samplesStored).toBe(scrapes(0) * 50 + scrapes(1) * 500);
    expect(outcome.activeSeriesPeak).toBe(550);
    expect(outcome.failed).toBe(0);
  });
});

describe('pull: discovery', () => {
  it('static discovery scrapes only the instances that existed at t = 0', () => {
    const ctx = handBuilt({ durationSec: 120, services: [web], pull: { discovery: 'static' } }, [
      { startSec: 0, endSec: Infinity },
      { startSec: 0, endSec: Infinity, index: 1 },
      { startSec: 10, endSec: Infinity, index: 2 },
    ]);
    const { outcome } = pull(ctx);
    expect(outcome.servicesNeverSeen).toBe(1);
    expect(outcome.configPlaces).toBe(2);
  });

  it('dns notices a start at the next 30 s poll, then applies it on the 5 s tick', () => {
    const ctx = handBuilt({ durationSec: 200, services: [web], pull: { discovery: 'dns' } }, [
      { startSec: 31, endSec: 131 },
    ]);
    const { trace } = pull(ctx);
    expect(timesOf(trace, 0, 'discovered')).toEqual([60]);
    expect(timesOf(trace, 0, 'undiscovered')).toEqual([150]);
    const scrapes = [...timesOf(trace, 0, 'scrape-ok'), ...timesOf(trace, 0, 'scrape-failed')];
    expect(Math.min(...scrapes)).toBeGreaterThanOrEqual(60);
    expect(Math.min(...scrapes)).toBeLessThan(75);
    // Between the end (131) and the removal (150), scrapes fail.
    expect(timesOf(trace, 0, 'scrape-failed').every((t) => t >= 131 && t < 150)).toBe(true);
  });

  it('a job discovered and removed on the same tick is never a target', () => {
    const ctx = handBuilt({ durationSec: 60, services: [batch] }, [{ startSec: 11, endSec: 12 }]);
    const { outcome, trace } = pull(ctx);
    expect(timesOf(trace, 0, 'discovered')).toEqual([]);
    expect(outcome.requests).toBe(0);
  });
});

describe('pull: Pushgateway', () => {
  const T = 15;
  const gatewayPhase = (seed: number) =>
    hashUniform(handBuilt({ seed }, []).salts['scrape-phase'], seed ^ hashString('pushgateway'), 0) * T;
  const g = gatewayPhase(1) + T; // a gateway scrape
  // Two runs of one group finish between two gateway scrapes; a third after the next scrape.
  const lives = [
    { startSec: g + 0.5, endSec: g + 1 },
    { startSec: g + 1, endSec: g + 2, index: 1 },
    { startSec: g + 20, endSec: g + 21, index: 2 },
  ];
  const scenario = (grouping: 'job' | 'instance') => ({
    durationSec: g + 3 * T,
    services: [{ ...batch, seriesPerService: 10 }],
    pull: { scrapeIntervalSec: T, pushgateway: true, pushgatewayGrouping: grouping },
  });

  it('grouping "job": last write wins, so a run overwritten before the next scrape is lost', () => {
    const { outcome, trace } = pull(handBuilt(scenario('job'), lives));
    expect(outcome.servicesNeverSeen).toBe(1);
    expect(trace[0].events.map((e) => e.kind)).toEqual(['gateway-push']);
    expect(timesOf(trace, 1, 'scrape-ok')).toEqual([expect.closeTo(g + T, 6)]);
    expect(outcome.staleSeries).toBe(10); // the group's last run stays exposed
    expect(outcome.countsLostRatio).toBeCloseTo(0.5 / 2.5, 6); // 0.5 s of 2.5 s of work lost
  });

  it('grouping "instance": every run is learned and stays exposed forever', () => {
    const { outcome } = pull(handBuilt(scenario('instance'), lives));
    expect(outcome.servicesNeverSeen).toBe(0);
    expect(outcome.countsLostRatio).toBe(0);
    expect(outcome.staleSeries).toBe(30);
    expect(outcome.requests).toBe(4); // gateway scrapes at g − T, g, g + T, g + 2T; jobs are not scraped
    // Ghosts are re-stamped at every scrape: bytes grow as runs accumulate (0, 0, 20, 30 series).
    expect(outcome.bytes).toBe((20 + 30) * 80);
    expect(outcome.configPlaces).toBe(1 + 3);
  });
});
