import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../scenario/schema';
import type { Outcome, Report, TraceEvent, TracedInstance } from '../sim/report';
import { madeUpReport } from '../report.test-support';
import {
  capacityAt,
  flightSecFor,
  gatewayGroupsAt,
  gatewayStoreSteps,
  instancesAt,
  LINGER_SHARE,
  messagesAt,
  talliesAt,
} from './scene';

const report = (trace: TracedInstance[], input: ScenarioInput = {}, pushTimeline: Outcome['timeline'] = []): Report =>
  madeUpReport({ scenario: { durationSec: 60, resolutionSec: 15, ...input }, push: { timeline: pushTimeline }, trace });

const ev = (t: number, kind: TraceEvent['kind'], engine: TraceEvent['engine']): TraceEvent => ({ t, kind, engine });

function inst(
  id: string,
  startSec: number,
  endSec: number,
  events: TraceEvent[] = [],
  group = 'batch',
): TracedInstance {
  return {
    id,
    group,
    kind: group === 'web' ? 'long-running' : 'short-lived',
    startSec,
    endSec,
    crashed: events.some((e) => e.kind === 'crash'),
    events,
    truncated: false,
  };
}

describe('instancesAt', () => {
  it('draws a job that lived 5 s only inside its window', () => {
    const r = report([inst('batch-1', 20, 25)]);
    const at = (t: number) => instancesAt(r, t, 1)[0].visible;
    expect([at(0), at(19.9), at(20), at(24.9), at(25), at(60)]).toEqual([false, false, true, true, false, false]);
  });

  it('keeps an instance that runs to the end of the run on screen at the very end', () => {
    const r = report([inst('web-0', 0, 60, [], 'web')]);
    expect(instancesAt(r, 60, 1)[0].visible).toBe(true);
  });

  it('shows a crash for two flights after it, then the instance is gone', () => {
    const r = report([inst('web-1', 0, 30, [ev(30, 'crash', 'fleet')], 'web')]);
    // flight 1 s: the ghost lasts 2 s after the crash at 30 s
    expect(instancesAt(r, 29, 1)[0]).toMatchObject({ visible: true, crashed: false });
    expect(instancesAt(r, 31, 1)[0]).toMatchObject({ visible: true, crashed: true });
    expect(instancesAt(r, 32.5, 1)[0].visible).toBe(false);
  });

  it("marks the scraper's verdict down until a later scrape succeeds, and push's separately", () => {
    const r = report([
      inst(
        'web-1',
        0,
        60,
        [ev(10, 'dead-detected', 'pull'), ev(20, 'scrape-ok', 'pull'), ev(40, 'dead-detected', 'push')],
        'web',
      ),
    ]);
    expect(instancesAt(r, 15, 1)[0]).toMatchObject({ downPull: true, downPush: false });
    expect(instancesAt(r, 25, 1)[0]).toMatchObject({ downPull: false, downPush: false });
    expect(instancesAt(r, 45, 1)[0]).toMatchObject({ downPull: false, downPush: true });
  });

  it('holds an instance as down for the scraper from a failed scrape until one succeeds (up = 0)', () => {
    const r = report([inst('edge-0', 0, 60, [ev(15, 'scrape-failed', 'pull'), ev(30, 'scrape-ok', 'pull')], 'web')]);
    expect([10, 15, 29, 30].map((t) => instancesAt(r, t, 1)[0].downPull)).toEqual([false, true, true, false]);
  });

  it('ignores event kinds it does not know', () => {
    const odd = { t: 5, kind: 'teleported', engine: 'fleet' } as unknown as TraceEvent;
    const r = report([inst('web-0', 0, 60, [odd], 'web')]);
    expect(instancesAt(r, 10, 1)[0]).toEqual({
      index: 0,
      visible: true,
      crashed: false,
      downPull: false,
      downPush: false,
    });
    expect(messagesAt(r.trace, 5.5, 1)).toEqual([]);
  });
});

describe('messagesAt', () => {
  const trace = [inst('web-0', 0, 60, [ev(15, 'scrape-ok', 'pull'), ev(17, 'push-lost', 'push')], 'web')];

  it('flies a scrape at t=15 from its send for one flight, then lets it linger', () => {
    // flight 2 s, linger 0.6 of a flight: on screen for 15 ≤ t < 18.2
    expect(messagesAt(trace, 14.9, 2)).toEqual([]);
    expect(messagesAt(trace, 15, 2)).toEqual([{ key: '0:0', instance: 0, kind: 'scrape', outcome: 'ok', progress: 0 }]);
    expect(messagesAt(trace, 16, 2)[0].progress).toBeCloseTo(0.5);
    expect(messagesAt(trace, 18.1, 2).map((m) => m.key)).toEqual(['0:0', '0:1']);
    expect(messagesAt(trace, 15 + 2 * (1 + LINGER_SHARE), 2).map((m) => m.key)).toEqual(['0:1']);
  });

  it('draws a lost push as lost', () => {
    expect(messagesAt(trace, 18, 2)).toContainEqual({
      key: '0:1',
      instance: 0,
      kind: 'push',
      outcome: 'lost',
      progress: 0.5,
    });
  });

  it("takes the pull engine's lost pushes as pushes to the Pushgateway", () => {
    const t = [inst('batch-1', 0, 10, [ev(10, 'push-lost', 'pull'), ev(10, 'push-refused', 'push')])];
    expect(messagesAt(t, 10, 1).map((m) => [m.kind, m.outcome])).toEqual([
      ['gateway-push', 'lost'],
      ['push', 'refused'],
    ]);
  });

  it("takes a job's scrape after its push to the gateway as a scrape of the gateway", () => {
    const t = [
      inst('batch-1', 0, 10, [ev(5, 'scrape-ok', 'pull'), ev(10, 'gateway-push', 'pull'), ev(12, 'scrape-ok', 'pull')]),
    ];
    expect(messagesAt(t, 5, 1).map((m) => m.kind)).toEqual(['scrape']);
    expect(messagesAt(t, 12, 1).map((m) => m.kind)).toEqual(['gateway-scrape']);
    expect(talliesAt(t, 12)).toMatchObject({ scrapesOk: 2, gatewayPushes: 1 });
  });

  it('draws nothing without a flight time', () => {
    expect(messagesAt(trace, 15, 0)).toEqual([]);
  });
});

describe('gatewayGroupsAt', () => {
  const jobs = [
    inst('batch-1', 0, 10, [ev(10, 'gateway-push', 'pull')]),
    inst('batch-2', 20, 30, [ev(30, 'gateway-push', 'pull')]),
    inst('batch-3', 40, 50, [ev(50, 'push-lost', 'pull')]),
  ];

  it('grows by one group per job with "instance" grouping, and keeps every group', () => {
    const r = report(jobs, { pull: { pushgateway: true, pushgatewayGrouping: 'instance' } });
    expect([5, 10, 29, 30, 60].map((t) => gatewayGroupsAt(r, t).length)).toEqual([0, 1, 1, 2, 2]);
  });

  it('stays at one group per service with "job" grouping', () => {
    const r = report(jobs, { pull: { pushgateway: true, pushgatewayGrouping: 'job' } });
    expect([5, 10, 30, 60].map((t) => gatewayGroupsAt(r, t))).toEqual([[], ['batch'], ['batch'], ['batch']]);
  });
});

describe('gatewayStoreSteps', () => {
  // Pushed at 40, 10 and 25 (listed out of order); batch-4 lost its push, so it stores nothing.
  const jobs = [
    inst('batch-1', 30, 40, [ev(40, 'gateway-push', 'pull')]),
    inst('batch-2', 0, 10, [ev(10, 'gateway-push', 'pull')]),
    inst('report-1', 20, 25, [ev(25, 'gateway-push', 'pull')], 'report'),
    inst('batch-4', 45, 50, [ev(50, 'push-lost', 'pull')]),
  ];

  it('steps up once per job, in time order, with "instance" grouping', () => {
    const r = report(jobs, { pull: { pushgateway: true, pushgatewayGrouping: 'instance' } });
    expect(gatewayStoreSteps(r)).toEqual([
      { tSec: 10, groups: 1 },
      { tSec: 25, groups: 2 },
      { tSec: 40, groups: 3 },
    ]);
  });

  it('steps up once per service, at its first push, with "job" grouping', () => {
    const r = report(jobs, { pull: { pushgateway: true, pushgatewayGrouping: 'job' } });
    expect(gatewayStoreSteps(r)).toEqual([
      { tSec: 10, groups: 1 },
      { tSec: 25, groups: 2 },
    ]);
  });

  it('agrees with gatewayGroupsAt at every step', () => {
    const r = report(jobs, { pull: { pushgateway: true, pushgatewayGrouping: 'instance' } });
    for (const step of gatewayStoreSteps(r)) {
      expect(gatewayGroupsAt(r, step.tSec)).toHaveLength(step.groups);
      expect(gatewayGroupsAt(r, step.tSec - 0.5)).toHaveLength(step.groups - 1);
    }
  });
});

describe('capacityAt', () => {
  const row = (t: number, requests: number, extra: object = {}) => ({
    t,
    alive: 1,
    expected: 1,
    received: 1,
    missed: 0,
    requests,
    requestsPeak: requests / 15,
    bytes: 0,
    failed: 0,
    down: 0,
    ...extra,
  });

  it("divides a bucket's requests by its length and compares them with the capacity", () => {
    // 15 s buckets, capacity 10/s: 300 requests in the second bucket are 20/s, twice the capacity
    const r = report([], { push: { collectorCapacityPerSec: 10 } }, [row(0, 30), row(15, 300), row(30, 0), row(45, 0)]);
    expect(capacityAt(r, 20)).toEqual({ requestsPerSec: 20, capacityPerSec: 10, share: 2 });
    expect(capacityAt(r, 5).share).toBeCloseTo(0.2);
    expect(capacityAt(r, 60).requestsPerSec).toBe(0); // the end belongs to the last bucket
  });

  it("uses a bucket's busiest second when the report has it (v2)", () => {
    const r = report([], { push: { collectorCapacityPerSec: 100 } }, [row(0, 30, { requestsPeak: 150 })]);
    expect(capacityAt(r, 1)).toEqual({ requestsPerSec: 150, capacityPerSec: 100, share: 1.5 });
  });
});

describe('talliesAt', () => {
  it('counts outcomes up to and including the cursor', () => {
    const t = [
      inst(
        'web-0',
        0,
        60,
        [ev(1, 'scrape-ok', 'pull'), ev(2, 'scrape-failed', 'pull'), ev(3, 'push-ok', 'push')],
        'web',
      ),
      inst('batch-1', 0, 5, [ev(3, 'push-refused', 'push'), ev(4, 'push-lost', 'push'), ev(5, 'gateway-push', 'pull')]),
    ];
    expect(talliesAt(t, 3)).toEqual({
      scrapesOk: 1,
      scrapesFailed: 1,
      pushesOk: 1,
      pushesRefused: 1,
      pushesLost: 0,
      gatewayPushes: 0,
      gatewayPushesLost: 0,
    });
    expect(talliesAt(t, 60)).toMatchObject({ pushesLost: 1, gatewayPushes: 1 });
  });
});

describe('flightSecFor', () => {
  it('lasts 0.6 wall seconds, capped at half the shortest interval', () => {
    const { scenario } = report([], { pull: { scrapeIntervalSec: 15 }, push: { pushIntervalSec: 10 } });
    expect(flightSecFor(1, scenario)).toBeCloseTo(0.6);
    expect(flightSecFor(4, scenario)).toBeCloseTo(2.4);
    expect(flightSecFor(64, scenario)).toBe(5);
  });
});
