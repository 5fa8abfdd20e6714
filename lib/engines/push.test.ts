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

describe('push: bursts per bucket', () => {
  it('requestsPeak of N aligned pushes is N; jittered, the same pushes spread out', () => {
    const scenario = (alignment: 'aligned' | 'jittered') => ({ durationSec: 60, services: [web], push: { alignment } });
    const aligned = http(handBuilt(scenario('aligned'), always(50))).outcome;
    // Ticks at 0, 10 | 20 | 30, 40 | 50: each 15 s bucket holds two ticks or one, 50 pushes each.
    expect(aligned.timeline.map((row) => row.requestsPeak)).toEqual([50, 50, 50, 50]);
    expect(aligned.timeline.map((row) => row.requests)).toEqual([100, 50, 100, 50]);
    const jittered = http(handBuilt(scenario('jittered'), always(50))).outcome;
    expect(Math.max(...jittered.timeline.map((row) => row.requestsPeak))).toBeLessThan(20);
  });
});

describe('push http: throttling and temporality', () => {
  // 50 aligned instances against 20/s: at every tick (0, 10, …, 3590) 30 pushes are refused.
  const herd = (temporality: 'delta' | 'cumulative', onThrottle: 'drop' | 'retry') =>
    http(
      handBuilt(
        {
          durationSec: 3600,
          services: [web],
          push: { alignment: 'aligned', collectorCapacityPerSec: 20, temporality, onThrottle },
        },
        always(50),
      ),
    ).outcome;

  it('drop, delta: every refused push loses its counts, and nothing is retried', () => {
    const o = herd('delta', 'drop');
    expect(o.requests).toBe(50 * 360);
    expect(o.failed).toBe(30 * 360);
    // The first tick carries no work; 359 later ticks lose 30 × 10 s each; the last 10 s are never pushed.
    expect(o.countsLostRatio).toBeCloseTo((30 * 10 * 359 + 50 * 10) / (50 * 3600), 6);
    expect(o.countsDuplicatedRatio).toBe(0);
  });

  it('retry, delta: the refused pushes are retried, so counts survive the herd', () => {
    const o = herd('delta', 'retry');
    expect(o.requests).toBeGreaterThan(50 * 360);
    expect(o.countsLostRatio).toBeLessThan(0.01);
  });

  it('drop, cumulative: nothing is retried and nothing counted twice', () => {
    const o = herd('cumulative', 'drop');
    expect(o.requests).toBe(50 * 360);
    expect(o.countsDuplicatedRatio).toBe(0);
  });

  it('a lost acknowledgement makes the client retry a push that was stored: counted twice when delta', () => {
    // Find a push whose request arrives but whose reply is lost, then check what the backend counted.
    const ctx = handBuilt(
      { durationSec: 600, services: [web], network: { lossRate: 0.3 }, push: { temporality: 'delta' } },
      always(1),
    );
    const { outcome, trace } = http(ctx);
    expect(timesOf(trace, 0, 'push-unacked').length).toBeGreaterThan(0);
    expect(outcome.countsDuplicatedRatio).toBeGreaterThan(0);
    const cumulative = http(
      handBuilt({ durationSec: 600, services: [web], network: { lossRate: 0.3 } }, always(1)),
    ).outcome;
    expect(cumulative.countsDuplicatedRatio).toBe(0);
  });

  it('gives a delta push up 60 s after its first attempt (OpenTelemetry Go’s MaxElapsedTime)', () => {
    // A collector that admits nothing (capacity 0.5/s): every attempt is refused.
    const ctx = handBuilt(
      { durationSec: 300, services: [web], push: { temporality: 'delta', collectorCapacityPerSec: 0.5 } },
      always(1),
    );
    const { outcome, trace } = http(ctx);
    const first = phaseOf(ctx, 0, 'push-phase') * 10;
    const refused = timesOf(trace, 0, 'push-refused');
    const firstRetries = refused.filter((t) => t > first + 1e-9 && t < first + 10);
    expect(firstRetries.length).toBeGreaterThan(0);
    // Retries of the first push stop within 60 s, then the next scheduled push starts afresh.
    const gaps = refused.slice(1).map((t, n) => t - refused[n]);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(30 + 10);
    expect(outcome.countsLostRatio).toBe(1);
  });
});

describe('push: restarts in place', () => {
  const restarted = (downtimes: [number, number][]) => {
    const ctx = handBuilt({ durationSec: 400, services: [web] }, [{ startSec: 0, endSec: Infinity, downtimes }]);
    return { ctx, ...http(ctx) };
  };

  it('a restart shorter than the allowed silence is never called dead', () => {
    const { outcome, trace } = restarted([[100, 110]]);
    expect(outcome.servicesTotal).toBe(1);
    expect(outcome.deadUndetected).toBe(1);
    expect(outcome.deadDetectionSecMean).toBeNull();
    expect(timesOf(trace, 0, 'push-ok').some((t) => t >= 100 && t < 110)).toBe(false);
    expect(outcome.timeline.every((row) => row.down === 0)).toBe(true);
  });

  it('a long one is called dead after deadAfterMissedPushes silent intervals, and alive again once back', () => {
    const { ctx, outcome, trace } = restarted([[100, 200]]);
    const phase = phaseOf(ctx, 0, 'push-phase') * 10;
    const lastPush = Math.floor((100 - phase) / 10) * 10 + phase;
    const deadAt = lastPush + 30;
    const backPush = 200 + phase; // the schedule starts afresh at the restart, same phase
    expect(timesOf(trace, 0, 'push-ok').filter((t) => t >= 200)[0]).toBeCloseTo(backPush, 6);
    expect(outcome.deadDetectionSecMean).toBeCloseTo(deadAt - 100, 6);
    expect(outcome.deadUndetected).toBe(0);
    const downRows = outcome.timeline.filter((row) => row.down === 1).map((row) => row.t);
    expect(downRows[0]).toBe(Math.floor(deadAt / 15) * 15);
    expect(downRows[downRows.length - 1]).toBe(Math.floor(backPush / 15) * 15 - 15);
    // Cumulative counters restart at 0 and the backend adds both lives: only the unpushed tails are lost.
    expect(outcome.countsLostRatio).toBeLessThan(20 / 300);
  });
});
