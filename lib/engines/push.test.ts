import { describe, expect, it } from 'vitest';
import { FixedWindowLimiter } from './capacity';
import { backoffSec, HttpPushEngine } from './push-http';
import { statsdFlushAtSec, StatsdPushEngine } from './push-statsd';
import { handBuilt, phaseOf, runEngine, timesOf, type Life } from './testing';

type Ctx = Parameters<typeof runEngine>[0];
const http = (ctx: Ctx) => runEngine(ctx, (c) => new HttpPushEngine(c));
const statsd = (ctx: Ctx) => runEngine(ctx, (c) => new StatsdPushEngine(c));
const web = { name: 'web', kind: 'long-running' } as const;
const batch = { name: 'batch', kind: 'short-lived' } as const;
const always = (n: number): Life[] =>
  Array.from({ length: n }, (_, index) => ({ startSec: 0, endSec: Infinity, index }));

describe('FixedWindowLimiter', () => {
  it('admits at most the capacity in each one-second window [k, k+1)', () => {
    const l = new FixedWindowLimiter(2);
    expect([0, 0.1, 0.9, 1, 1.5, 1.99, 2].map((t) => l.admit(t))).toEqual([true, true, false, true, true, false, true]);
  });
});

describe('backoffSec', () => {
  it('doubles from 1 s, caps at 30 s, and jitters within [b/2, b)', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map((a) => backoffSec(a, 0))).toEqual([0.5, 1, 2, 4, 8, 15, 15]);
    expect(backoffSec(0, 0.999)).toBeLessThan(1);
    expect(backoffSec(20, 0.999)).toBeLessThan(30);
  });
});

describe('push: schedule and firewall', () => {
  it('reaches a firewalled instance all the same (outbound works) and covers every 15 s bucket', () => {
    const ctx = handBuilt({ durationSec: 1800, services: [{ ...web, firewalled: true }] }, always(5));
    const { outcome } = http(ctx);
    expect(outcome.servicesNeverSeen).toBe(0);
    expect(outcome.samplesExpected).toBe(5 * 120);
    expect(outcome.samplesReceived).toBe(5 * 120); // a push every 10 s lands in every 15 s bucket
    expect(outcome.requests).toBe(5 * 180);
    expect(outcome.bytes).toBe(5 * 180 * (200 + 50 * 40));
  });

  it('jittered: first push at start + phase·P, then every P; flushOnExit adds one at the end', () => {
    const ctx = handBuilt({ durationSec: 100, services: [batch] }, [{ startSec: 3, endSec: 40 }]);
    const { trace } = http(ctx);
    const first = 3 + phaseOf(ctx, 0, 'push-phase') * 10;
    const expected = [first, first + 10, first + 20, first + 30].filter((t) => t < 40).concat([40]);
    expect(timesOf(trace, 0, 'push-ok')).toEqual(expected.map((t) => expect.closeTo(t, 6)));
  });

  it('a 5 s job that pushes on exit is always seen, however short', () => {
    const lives = Array.from({ length: 50 }, (_, index) => ({ startSec: index * 7, endSec: index * 7 + 5, index }));
    const { outcome } = http(handBuilt({ durationSec: 400, services: [batch] }, lives));
    expect(outcome.servicesNeverSeen).toBe(0);
    expect(outcome.countsLostRatio).toBe(0);
  });
});

describe('push: crashes', () => {
  it('calls a crashed instance dead deadAfterMissedPushes · P after its last delivered push', () => {
    const ctx = handBuilt({ durationSec: 300, services: [web] }, [
      { startSec: 0, endSec: 100, replacedAtSec: 130 },
      { startSec: 130, endSec: Infinity, incarnation: 1 },
    ]);
    const { outcome, trace } = http(ctx);
    const phase = phaseOf(ctx, 0, 'push-phase') * 10;
    const lastPush = Math.floor((100 - phase) / 10) * 10 + phase;
    expect(outcome.deadDetectionSecMean).toBeCloseTo(lastPush + 30 - 100, 6);
    expect(timesOf(trace, 0, 'dead-detected')).toEqual([expect.closeTo(lastPush + 30, 6)]);
    expect(Math.max(...timesOf(trace, 0, 'push-ok'))).toBeLessThan(100);
  });
});

describe('push http: capacity, refusals and retries', () => {
  const scenario = (alignment: 'aligned' | 'jittered') => ({
    durationSec: 60,
    services: [web],
    push: { alignment, collectorCapacityPerSec: 20, clientTimestamps: false },
  });

  it('aligned: 50 pushes at once against 20/s are refused, retried, and all get through', () => {
    const { outcome } = http(handBuilt(scenario('aligned'), always(50)));
    // Second 0: 50 pushes (20 admitted) + 30 retries drawn in [0.5, 1), all refused: 80 requests, 60 failed.
    expect(outcome.requestsPerSecPeak).toBe(80);
    expect(outcome.timeline[0].failed).toBeGreaterThanOrEqual(60);
    expect(outcome.servicesNeverSeen).toBe(0);
    // Without client timestamps, late deliveries are stored late.
    expect(outcome.timestampErrorSecMean).toBeGreaterThan(0);
  });

  it('jittered: the same load spread over the interval is never refused', () => {
    const { outcome } = http(handBuilt(scenario('jittered'), always(50)));
    expect(outcome.failed).toBe(0);
    expect(outcome.requests).toBe(50 * 6);
    expect(outcome.timestampErrorSecMean).toBe(0);
    expect(outcome.requestsPerSecPeak).toBeLessThan(20);
  });

  it('stores the client clock when asked: error = the instance clock offset', () => {
    const ctx = handBuilt({ durationSec: 60, services: [web], network: { clockSkewSec: 3 } }, always(10));
    const { outcome } = http(ctx);
    const meanAbsOffset = Array.from(ctx.fleet.clockOffsetSec).reduce((a, o) => a + Math.abs(o), 0) / 10;
    expect(outcome.timestampErrorSecMean).toBeCloseTo(meanAbsOffset, 5);
  });

  it('while a retry is pending, a scheduled push only refreshes the value: the next attempt waits out the backoff', () => {
    const ctx = handBuilt({ durationSec: 900, services: [web], network: { lossRate: 0.7 } }, always(1));
    // A lost push and a lost acknowledgement (push-unacked) are both failures to the client.
    const events = http(ctx).trace[0].events.filter((e) => e.engine === 'push' && e.kind !== 'dead-detected');
    let failures = 0;
    let checked = 0;
    for (let n = 1; n < events.length; n++) {
      if (events[n - 1].kind !== 'push-ok') {
        const b = Math.min(30, 2 ** failures);
        const gap = events[n].t - events[n - 1].t;
        expect(gap).toBeGreaterThanOrEqual(b / 2 - 1e-6);
        expect(gap).toBeLessThan(b + 1e-6);
        checked++;
        failures++;
      } else failures = 0;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('gives up a refused final flush 5 s after exit', () => {
    // Capacity 1/s and 3 jobs ending at the same instant: two final flushes are refused and retried.
    const lives = [0, 1, 2].map((index) => ({ startSec: 0.2, endSec: 0.5, index }));
    const ctx = handBuilt({ durationSec: 30, services: [batch], push: { collectorCapacityPerSec: 1 } }, lives);
    const { trace } = http(ctx);
    for (let i = 0; i < 3; i++) {
      const attempts = [...timesOf(trace, i, 'push-ok'), ...timesOf(trace, i, 'push-refused')];
      expect(Math.max(...attempts)).toBeLessThanOrEqual(0.5 + 5);
    }
  });
});

describe('push statsd', () => {
  it('splits a push into MTU-sized datagrams: 50 series of 36 B → 39 + 11 lines', () => {
    const ctx = handBuilt({ durationSec: 60, services: [web], push: { protocol: 'statsd' } }, always(1));
    const { outcome } = statsd(ctx);
    expect(outcome.requests).toBe(6 * 2);
    expect(outcome.bytes).toBe(6 * 50 * 36);
  });

  it('stamps with the daemon flush: error = next 10 s flush − send', () => {
    const ctx = handBuilt({ durationSec: 60, services: [web], push: { protocol: 'statsd' } }, always(1));
    const { outcome } = statsd(ctx);
    const first = phaseOf(ctx, 0, 'push-phase') * 10;
    const sends = [0, 1, 2, 3, 4, 5].map((k) => first + 10 * k);
    const mean = sends.reduce((a, t) => a + statsdFlushAtSec(t) - t, 0) / sends.length;
    expect(outcome.timestampErrorSecMean).toBeCloseTo(mean, 6);
    expect(statsdFlushAtSec(3)).toBe(10);
    expect(statsdFlushAtSec(10)).toBe(20);
  });

  it('loses the increments of a lost counter datagram for good (no retry)', () => {
    const ctx = handBuilt(
      {
        durationSec: 3600,
        services: [{ ...web, seriesPerService: 10 }],
        push: { protocol: 'statsd' },
        network: { lossRate: 0.3 },
      },
      always(20),
    );
    const { outcome } = statsd(ctx);
    // One datagram per push: about 30 % of the deltas vanish (±4σ over 7,200 pushes ≈ ±0.022).
    expect(Math.abs(outcome.countsLostRatio - 0.3)).toBeLessThan(0.025);
    expect(outcome.requests).toBe(20 * 360);
    expect(Math.abs(outcome.failed / outcome.requests - 0.3)).toBeLessThan(0.025);
  });
});
