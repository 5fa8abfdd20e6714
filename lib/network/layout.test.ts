import { describe, expect, it } from 'vitest';
import { scenarioSchema, type ScenarioInput } from '../scenario/schema';
import type { Report, TracedInstance } from '../sim/report';
import { entryShare, layoutNetwork, LOST_AT_SHARE, messagePosition, shareSlots, WIDE_MIN_PX } from './layout';
import type { Message } from './scene';

const inst = (id: string, group: string): TracedInstance => ({
  id,
  group,
  kind: 'long-running',
  startSec: 0,
  endSec: 60,
  crashed: false,
  events: [],
  truncated: false,
});

function report(input: ScenarioInput, trace: TracedInstance[]): Report {
  return { version: 1, scenario: scenarioSchema.parse(input), trace } as unknown as Report;
}

const services: ScenarioInput['services'] = [
  { name: 'web', kind: 'long-running', count: 2 },
  { name: 'edge', kind: 'long-running', count: 2, firewalled: true },
];
const trace = [inst('edge-0', 'edge'), inst('web-0', 'web'), inst('web-1', 'web')];

describe('layoutNetwork', () => {
  it('puts the scraper left and the collector right when wide, both on top when narrow', () => {
    const wide = layoutNetwork(report({ services }, trace), 900);
    expect(wide.wide).toBe(true);
    expect(wide.scraper.x).toBeLessThan(Math.min(...wide.slots.map((s) => s.x)));
    expect(wide.collector.x).toBeGreaterThan(Math.max(...wide.slots.map((s) => s.x)));

    const narrow = layoutNetwork(report({ services }, trace), WIDE_MIN_PX - 1);
    expect(narrow.wide).toBe(false);
    for (const s of narrow.slots) {
      expect(s.y).toBeGreaterThan(narrow.scraper.y);
      expect(s.x).toBeLessThanOrEqual(narrow.width);
    }
  });

  it('boxes exactly the firewalled instances behind the firewall', () => {
    const l = layoutNetwork(report({ services }, trace), 390);
    const inside = l.slots.map((s) => {
      const f = l.firewall!;
      return s.x > f.x && s.x < f.x + f.w && s.y > f.y && s.y < f.y + f.h;
    });
    expect(inside).toEqual([true, false, false]);
    expect(l.groups.map((g) => g.name)).toEqual(['web', 'edge']); // open groups first
  });

  it('has no firewall box and no gateway when the scenario has neither', () => {
    const l = layoutNetwork(report({}, [inst('web-0', 'web')]), 900);
    expect(l.firewall).toBeNull();
    expect(l.gateway).toBeNull();
    expect(layoutNetwork(report({ pull: { pushgateway: true } }, []), 900).gateway).not.toBeNull();
  });
});

describe('shareSlots', () => {
  it('gives jobs that never overlap (with the gap) one slot, and overlapping ones their own', () => {
    // gap 5 s: [0,10) frees its slot at 15; [12,20) overlaps it; [15,18) takes slot 0 again
    const jobs = [
      { startSec: 0, endSec: 10 },
      { startSec: 12, endSec: 20 },
      { startSec: 15, endSec: 18 },
      { startSec: 26, endSec: 30 },
    ];
    expect(shareSlots(jobs, 5)).toEqual([0, 1, 0, 0]);
  });
});

describe('entryShare', () => {
  it('finds where a segment enters a box', () => {
    // from x=0 to x=10 along y=5, the box starts at x=4
    expect(entryShare({ x: 0, y: 5 }, { x: 10, y: 5 }, { x: 4, y: 0, w: 10, h: 10 })).toBeCloseTo(0.4);
    expect(entryShare({ x: 0, y: 20 }, { x: 10, y: 20 }, { x: 4, y: 0, w: 10, h: 10 })).toBeNull();
  });
});

describe('messagePosition', () => {
  const l = layoutNetwork(report({ services }, trace), 900);
  const msg = (m: Partial<Message>): Message => ({
    key: 'k',
    instance: 1,
    kind: 'scrape',
    outcome: 'ok',
    progress: 0.5,
    ...m,
  });

  it('moves a scrape from the scraper to its target', () => {
    const half = messagePosition(msg({}), l, false);
    expect(half.x).toBeCloseTo((l.scraper.x + l.slots[1].x) / 2);
    expect(messagePosition(msg({ progress: 1 }), l, false)).toMatchObject({ ...l.slots[1], stopped: false });
  });

  it("sends a scrape of a job's pushed values to the gateway", () => {
    const g = layoutNetwork(report({ services, pull: { pushgateway: true } }, trace), 900);
    expect(messagePosition(msg({ kind: 'gateway-scrape', progress: 1 }), g, false)).toMatchObject(g.gateway!);
  });

  it('stops a lost push half-way, fading while it lingers', () => {
    const p = messagePosition(msg({ kind: 'push', outcome: 'lost', progress: 1.3 }), l, false);
    expect(p.x).toBeCloseTo(l.slots[1].x + (l.collector.x - l.slots[1].x) * LOST_AT_SHARE);
    expect(p.stopped).toBe(true);
    expect(p.opacity).toBeCloseTo(0.5);
  });

  it('stops a failed scrape of a firewalled instance at the firewall', () => {
    const p = messagePosition(msg({ instance: 0, outcome: 'failed', progress: 1 }), l, true);
    expect(p.stopped).toBe(true);
    expect(p.x).toBeCloseTo(l.firewall!.x, 0);
  });
});
