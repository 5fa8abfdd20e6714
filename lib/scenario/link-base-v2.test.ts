import { describe, expect, it } from 'vitest';
import { LINK_BASE_V2 } from './link-base-v2';
import { parseScenario } from './parse';
import { decodeScenario } from './url-decode';
import { encodeScenario } from './url';

/*
 * The frozen format-3 table, checked against values written out by hand from the schema and the
 * presets of the day it was frozen (never against the live code, which may move on).
 */
describe('LINK_BASE_V2', () => {
  it('holds scenario format 2 defaults, with the version-2 fields at their documented defaults', () => {
    const d = LINK_BASE_V2.defaults as Record<string, Record<string, unknown> | unknown>;
    expect(d.version).toBe(2);
    expect(d.seed).toBe(1);
    expect(d.durationSec).toBe(1800);
    expect(d.pull).toMatchObject({ scrapeIntervalSec: 15, scrapeTimeoutSec: 10, sampleLimit: 0 });
    expect(d.push).toMatchObject({ protocol: 'http', temporality: 'cumulative', onThrottle: 'retry' });
    const services = d.services as Record<string, unknown>[];
    expect(services.map((g) => [g.name, g.kind])).toEqual([
      ['web', 'long-running'],
      ['batch', 'short-lived'],
    ]);
    expect(services[0]).toMatchObject({ count: 20, onCrash: 'restart', restartDelaySec: 30 });
  });

  it('holds the presets of that day, the version-2 situations among them', () => {
    const p = LINK_BASE_V2.presets;
    expect(Object.keys(p)).toEqual(
      expect.arrayContaining([
        'kubernetes',
        'rolling-deploy',
        'remote-write-throttled',
        'cloudwatch-delta',
        'label-explosion',
      ]),
    );
    expect((p['rolling-deploy'].services as Record<string, unknown>[])[0]).toMatchObject({ onCrash: 'replace' });
    expect(p['remote-write-throttled'].push).toMatchObject({ onThrottle: 'drop' });
    expect(p['cloudwatch-delta'].push).toMatchObject({ temporality: 'delta' });
    expect((p['label-explosion'].pull as Record<string, number>).sampleLimit).toBeGreaterThan(0);
  });

  it('is valid, complete scenarios: each parses to itself without a migration notice', () => {
    for (const entry of [LINK_BASE_V2.defaults, ...Object.values(LINK_BASE_V2.presets)]) {
      const r = parseScenario(entry);
      expect(r.ok && r.notices).toEqual([]);
      expect(r.ok && r.scenario).toEqual(entry);
    }
  });

  it('keeps a preset link short: it carries nothing but the preset', () => {
    for (const id of Object.keys(LINK_BASE_V2.presets)) {
      const query = encodeScenario(decodeScenario(`v=3&preset=${id}`).scenario, id);
      expect(query).toBe(`v=3&preset=${id}`);
    }
  });
});
