/**
 * Links made before the defaults and presets changed still show what their sender saw. The links
 * below are string literals written by the lab (format 1 by the code before format 2 existed);
 * this file then changes every default and every preset, and decodes them.
 */
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { isObject, merge, type Json } from './json';
import { LINK_BASE_V1 } from './link-base-v1';
import { defaultScenario, parseScenario } from './parse';
import { findPreset } from './presets';
import { decodeScenario, MIGRATED_NOTICE } from './url-decode';

vi.mock('./presets', async (importOriginal) => {
  const real = await importOriginal<typeof import('./presets')>();
  // One preset withdrawn, every other one edited.
  const PRESETS = real.PRESETS.filter((p) => p.id !== 'flaky-network').map((p) => ({
    ...p,
    scenario: {
      ...p.scenario,
      durationSec: 999,
      seed: 77,
      services: [{ name: 'changed', kind: 'long-running' as const, count: 3 }],
      push: { ...p.scenario.push, alignment: 'aligned' as const, pushIntervalSec: 45 },
    },
  }));
  return { ...real, PRESETS, findPreset: (id: string) => PRESETS.find((p) => p.id === id) };
});

vi.mock('./schema', async (importOriginal) => {
  const real = await importOriginal<typeof import('./schema')>();
  // New defaults: whatever an input leaves out now gets another value.
  const changed = {
    seed: 5,
    durationSec: 900,
    services: [{ name: 'other', kind: 'long-running', count: 7 }],
    network: { lossRate: 0.3 },
    pull: { scrapeIntervalSec: 30, discovery: 'dns' },
    push: { pushIntervalSec: 20, protocol: 'statsd', deadAfterMissedPushes: 9 },
  };
  const withNewDefaults = (input: unknown) => (isObject(input) ? merge(changed, input) : input);
  return { ...real, scenarioSchema: z.preprocess(withNewDefaults, real.scenarioSchema) };
});

/**
 * What a frozen entry, with a link's changes, opens as: the entry itself while the scenario format
 * is the one it was frozen in, its migration through parseScenario after a format change.
 */
const frozen = (entry: Json, patch: Json = {}) => {
  const r = parseScenario(merge(entry, patch));
  if (!r.ok) throw r.error;
  return r.scenario;
};
/** Notices other than the one that says a format migration ran. */
const problems = (notices: string[]) => notices.filter((n) => n !== MIGRATED_NOTICE);

describe('links under changed defaults and presets', () => {
  it('really runs with other defaults and presets', () => {
    expect(defaultScenario()).toMatchObject({ seed: 5, durationSec: 900, pull: { scrapeIntervalSec: 30 } });
    expect(findPreset('kubernetes')?.scenario).toMatchObject({ durationSec: 999, seed: 77 });
  });

  it('opens a format-1 preset link as the preset was', () => {
    const r = decodeScenario('v=1&preset=kubernetes');
    expect(problems(r.notices)).toEqual([]);
    expect(r.presetId).toBe('kubernetes');
    expect(r.scenario).toEqual(frozen(LINK_BASE_V1.presets.kubernetes));
    expect(r.scenario).toMatchObject({ seed: 1, durationSec: 1800, pull: { scrapeIntervalSec: 15 } });
    expect(r.scenario.services.map((s) => [s.name, 'count' in s && s.count])).toEqual([
      ['api', 30],
      ['worker', 10],
    ]);
  });

  it('opens a changed format-1 preset link with exactly its changes', () => {
    const r = decodeScenario(
      'v=1&preset=kubernetes&s=eyJzZWVkIjo0Miwic2VydmljZXMiOlt7Im5hbWUiOiJhcGkiLCJraW5kIjoibG9uZy1ydW5uaW5nIiwiY291bnQiOjMwLCJjcmFzaGVzUGVySG91ciI6MC41LCJyZXN0YXJ0RGVsYXlTZWMiOjIwLCJzZXJpZXNQZXJTZXJ2aWNlIjoyMDAsImZpcmV3YWxsZWQiOmZhbHNlfSx7Im5hbWUiOiJ3b3JrZXIiLCJraW5kIjoibG9uZy1ydW5uaW5nIiwiY291bnQiOjUsImNyYXNoZXNQZXJIb3VyIjoxLCJyZXN0YXJ0RGVsYXlTZWMiOjMwLCJzZXJpZXNQZXJTZXJ2aWNlIjo4MCwiZmlyZXdhbGxlZCI6ZmFsc2V9XSwicHVsbCI6eyJzY3JhcGVJbnRlcnZhbFNlYyI6MzB9fQ',
    );
    expect(problems(r.notices)).toEqual([]);
    expect(r.scenario).toMatchObject({
      seed: 42,
      durationSec: 1800,
      pull: { scrapeIntervalSec: 30, scrapeTimeoutSec: 10 },
    });
    expect(r.scenario.services.map((s) => [s.name, 'count' in s && s.count])).toEqual([
      ['api', 30],
      ['worker', 5],
    ]);
    expect(r.scenario.push).toEqual(frozen(LINK_BASE_V1.presets.kubernetes).push);
  });

  it('opens a format-1 link without a preset over the defaults of its day', () => {
    const r = decodeScenario('v=1&s=eyJuZXR3b3JrIjp7Imxvc3NSYXRlIjowLjI1fSwicHVzaCI6eyJwcm90b2NvbCI6InN0YXRzZCJ9fQ');
    expect(problems(r.notices)).toEqual([]);
    expect(r.presetId).toBeNull();
    expect(r.scenario).toEqual(
      frozen(LINK_BASE_V1.defaults, { network: { lossRate: 0.25 }, push: { protocol: 'statsd' } }),
    );
    expect(r.scenario).toMatchObject({ seed: 1, durationSec: 1800, push: { pushIntervalSec: 10 } });
    expect(r.scenario.services.map((s) => s.name)).toEqual(['web', 'batch']);
  });

  it('keeps a setting a format-1 link moved back to the old default', () => {
    const r = decodeScenario('v=1&preset=thundering-herd&s=eyJwdXNoIjp7ImFsaWdubWVudCI6ImppdHRlcmVkIn19');
    expect(r.scenario.push).toMatchObject({ alignment: 'jittered', pushIntervalSec: 10, collectorCapacityPerSec: 500 });
    expect(r.scenario.services).toEqual(frozen(LINK_BASE_V1.presets['thundering-herd']).services);
  });

  it('opens a link to a withdrawn preset as it was, and says the situation is gone', () => {
    const r = decodeScenario('v=1&preset=flaky-network');
    expect(r.presetId).toBeNull();
    expect(r.scenario).toEqual(frozen(LINK_BASE_V1.defaults, { network: { lossRate: 0.1 } }));
    expect(problems(r.notices)).toEqual([
      'The situation “flaky-network” is no longer offered; the link’s settings are shown as they were.',
    ]);
  });

  it('opens a hand-written link without a format, as lessons and study cards write them, with today’s preset', () => {
    const r = decodeScenario('preset=kubernetes');
    expect(problems(r.notices)).toEqual([]);
    expect(r.presetId).toBe('kubernetes');
    expect(r.scenario).toMatchObject({
      durationSec: 999,
      seed: 77,
      push: { alignment: 'aligned', pushIntervalSec: 45 },
    });
    expect(r.scenario.services.map((s) => s.name)).toEqual(['changed']);
    expect(decodeScenario(`s=${Buffer.from('{"seed":8}').toString('base64url')}`).scenario).toMatchObject({
      seed: 8,
      durationSec: 900,
      pull: { scrapeIntervalSec: 30 },
    });
  });

  it('opens format-2 links as they were made', () => {
    const a = decodeScenario(
      'v=2&preset=pushgateway-wrong&s=eyJkdXJhdGlvblNlYyI6NjAwLCJzZXJ2aWNlcyI6W3sibmFtZSI6IndlYiIsImtpbmQiOiJsb25nLXJ1bm5pbmciLCJjb3VudCI6MTAsImNyYXNoZXNQZXJIb3VyIjowLCJyZXN0YXJ0RGVsYXlTZWMiOjMwLCJzZXJpZXNQZXJTZXJ2aWNlIjo1MCwiZmlyZXdhbGxlZCI6ZmFsc2V9XSwicHVsbCI6eyJwdXNoZ2F0ZXdheUdyb3VwaW5nIjoiam9iIn19',
    );
    expect(problems(a.notices)).toEqual([]);
    expect(a.scenario).toMatchObject({ durationSec: 600, pull: { pushgateway: true, pushgatewayGrouping: 'job' } });
    expect(a.scenario.services.map((s) => [s.name, s.kind])).toEqual([['web', 'long-running']]);

    const b = decodeScenario('v=2&s=eyJwdXNoIjp7ImRlYWRBZnRlck1pc3NlZFB1c2hlcyI6NX19');
    expect(b.scenario).toEqual(frozen(LINK_BASE_V1.defaults, { push: { deadAfterMissedPushes: 5 } }));
    expect(decodeScenario('v=2').scenario).toEqual(frozen(LINK_BASE_V1.defaults));
  });
});
