import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../scenario/schema';
import type { Report } from '../sim/report';
import { describeScene, formatShare } from './summary';

const tallies = {
  scrapesOk: 3,
  scrapesFailed: 1,
  pushesOk: 5,
  pushesRefused: 2,
  pushesLost: 1,
  gatewayPushes: 1,
  gatewayPushesLost: 0,
};

describe('describeScene', () => {
  it('says what is on screen, the firewall and the gateway included, and flags an overloaded collector', () => {
    const scenario = scenarioSchema.parse({
      services: [{ name: 'edge', kind: 'long-running', firewalled: true }],
      pull: { pushgateway: true },
      push: { collectorCapacityPerSec: 10 },
    });
    const trace = ['edge-0', 'edge-1'].map((id) => ({ id, group: 'edge' }));
    const report = { scenario, trace } as unknown as Report;
    const text = describeScene({
      report,
      tSec: 75,
      instances: [
        { index: 0, visible: true, crashed: false, downPull: true, downPush: false },
        { index: 1, visible: true, crashed: true, downPull: false, downPush: false },
      ],
      firewalled: new Set(['edge']),
      gatewayGroups: 1,
      capacity: { requestsPerSec: 15, capacityPerSec: 10, share: 1.5 },
      tallies,
    });
    expect(text).toBe(
      'At 1 min 15 s: 1 of 2 sampled instances running, 1 behind the firewall, 1 just crashed. ' +
        'Scraper: 4 scrapes so far, 1 failed. Pushgateway: 1 job push, 1 group stored. ' +
        'Pushes: 5 delivered, 1 lost, 2 refused. ' +
        'Collector: 15 requests per second, 150% of its capacity of 10 per second, over capacity.',
    );
  });
});

describe('formatShare', () => {
  it('never rounds a little load down to nothing', () => {
    expect([0, 0.004, 0.126, 2].map(formatShare)).toEqual(['0%', '<1%', '13%', '200%']);
  });
});
