import { describe, expect, it } from 'vitest';
import { LINK_BASE_V1 } from './link-base-v1';
import { parseScenario } from './parse';

/**
 * The frozen table checked against what schema.ts and presets.ts said on the day it was frozen,
 * written out here by hand (not read from the live code, which may change).
 */
describe('LINK_BASE_V1', () => {
  it('holds the defaults of scenario format 1', () => {
    expect(LINK_BASE_V1.defaults).toEqual({
      version: 1,
      seed: 1,
      durationSec: 1800,
      resolutionSec: 15,
      services: [
        {
          name: 'web',
          kind: 'long-running',
          count: 20,
          crashesPerHour: 0,
          restartDelaySec: 30,
          seriesPerService: 50,
          firewalled: false,
        },
        {
          name: 'batch',
          kind: 'short-lived',
          startsPerMin: 6,
          lifetimeSec: { dist: 'exponential', mean: 20 },
          seriesPerService: 10,
          firewalled: false,
        },
      ],
      network: { lossRate: 0, clockSkewSec: 0 },
      pull: {
        scrapeIntervalSec: 15,
        scrapeTimeoutSec: 10,
        discovery: 'kubernetes',
        discoveryDelaySec: 0.5,
        discoveryTickSec: 5,
        pushgateway: false,
        pushgatewayGrouping: 'instance',
      },
      push: {
        protocol: 'http',
        pushIntervalSec: 10,
        flushOnExit: true,
        alignment: 'jittered',
        collectorCapacityPerSec: 1000,
        clientTimestamps: true,
        deadAfterMissedPushes: 3,
      },
    });
  });

  it('holds the nine presets of that day, each what it changed over those defaults', () => {
    const p = LINK_BASE_V1.presets;
    expect(Object.keys(p)).toEqual([
      'kubernetes',
      'nightly-batch',
      'ci-serverless',
      'iot-nat',
      'thundering-herd',
      'flaky-network',
      'drifting-clocks',
      'pushgateway-right',
      'pushgateway-wrong',
    ]);
    const d = LINK_BASE_V1.defaults;
    const names = (id: string) => (p[id].services as { name: string }[]).map((s) => s.name);
    expect(p.kubernetes).toMatchObject({ durationSec: 1800, pull: { scrapeIntervalSec: 15, discovery: 'kubernetes' } });
    expect(p.kubernetes.services).toEqual([
      {
        name: 'api',
        kind: 'long-running',
        count: 30,
        crashesPerHour: 0.5,
        restartDelaySec: 20,
        seriesPerService: 200,
        firewalled: false,
      },
      {
        name: 'worker',
        kind: 'long-running',
        count: 10,
        crashesPerHour: 1,
        restartDelaySec: 30,
        seriesPerService: 80,
        firewalled: false,
      },
    ]);
    expect(p['nightly-batch']).toMatchObject({
      durationSec: 3600,
      resolutionSec: 60,
      pull: { scrapeIntervalSec: 60, scrapeTimeoutSec: 10 },
      push: { pushIntervalSec: 60 },
    });
    expect(p['nightly-batch'].services).toEqual([
      {
        name: 'etl',
        kind: 'short-lived',
        startsPerMin: 0.2,
        lifetimeSec: { dist: 'lognormal', median: 240, sigma: 0.6 },
        seriesPerService: 20,
        firewalled: false,
      },
    ]);
    expect(p['ci-serverless']).toMatchObject({ durationSec: 1200, push: { pushIntervalSec: 10, flushOnExit: true } });
    expect(names('iot-nat')).toEqual(['sensor', 'gateway']);
    expect(p['iot-nat']).toMatchObject({
      resolutionSec: 30,
      network: { lossRate: 0.02, clockSkewSec: 2 },
      pull: { discovery: 'file', scrapeIntervalSec: 30 },
    });
    expect(p['thundering-herd']).toMatchObject({
      durationSec: 600,
      push: { alignment: 'aligned', collectorCapacityPerSec: 500 },
    });
    expect(p['flaky-network']).toEqual({ ...d, network: { lossRate: 0.1, clockSkewSec: 0 } });
    expect(p['drifting-clocks']).toMatchObject({ network: { clockSkewSec: 30 }, push: { clientTimestamps: true } });
    expect(names('drifting-clocks')).toEqual(['vm']);
    expect(p['pushgateway-right']).toMatchObject({
      durationSec: 3600,
      pull: { pushgateway: true, pushgatewayGrouping: 'job' },
    });
    expect(p['pushgateway-wrong']).toMatchObject({
      durationSec: 1800,
      pull: { pushgateway: true, pushgatewayGrouping: 'instance' },
    });
    expect(names('pushgateway-wrong')).toEqual(['web', 'task']);
  });

  it('holds only complete, valid scenarios', () => {
    for (const entry of [LINK_BASE_V1.defaults, ...Object.values(LINK_BASE_V1.presets)]) {
      expect(parseScenario(entry).ok).toBe(true);
    }
  });
});
