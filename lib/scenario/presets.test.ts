import { describe, expect, it } from 'vitest';
import { buildFleet, crashesOf } from '../sim/fleet';
import { runScenario } from '../run/run';
import { parseScenario, scenarioOrThrow, withPreset } from './parse';
import { findPreset, PRESETS } from './presets';
import type { Scenario } from './schema';

describe('presets', () => {
  it('are all valid scenarios', () => {
    for (const p of PRESETS) {
      const r = parseScenario(p.scenario);
      expect(r.ok ? '' : `${p.id}: ${r.error.message}`).toBe('');
    }
  });

  it('have unique URL-safe ids, a name and a one-line summary', () => {
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
    for (const p of PRESETS) {
      expect(p.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(p.name.length).toBeGreaterThan(3);
      expect(p.summary).not.toContain('\n');
      expect(p.summary).toMatch(/\.$/);
    }
  });

  it('cover the situations the lab promises', () => {
    const ids = PRESETS.map((p) => p.id);
    for (const id of [
      'kubernetes',
      'nightly-batch',
      'ci-serverless',
      'iot-nat',
      'thundering-herd',
      'flaky-network',
      'drifting-clocks',
      'pushgateway-right',
      'pushgateway-wrong',
      'rolling-deploy',
      'remote-write-throttled',
      'cloudwatch-delta',
      'label-explosion',
    ])
      expect(ids).toContain(id);
  });

  it('model what their names say', () => {
    const get = (id: string) => {
      const r = parseScenario(findPreset(id)?.scenario);
      if (!r.ok) throw r.error;
      return r.scenario;
    };
    expect(get('iot-nat').services.some((s) => s.firewalled)).toBe(true);
    expect(get('thundering-herd').push.alignment).toBe('aligned');
    expect(get('pushgateway-right').pull).toMatchObject({ pushgateway: true, pushgatewayGrouping: 'job' });
    expect(get('pushgateway-wrong').pull).toMatchObject({ pushgateway: true, pushgatewayGrouping: 'instance' });
    expect(get('drifting-clocks').network.clockSkewSec).toBeGreaterThan(0);
    expect(get('flaky-network').network.lossRate).toBeGreaterThan(0);
    expect(get('rolling-deploy').services[0]).toMatchObject({ kind: 'long-running', onCrash: 'replace' });
    expect(get('remote-write-throttled').push).toMatchObject({ protocol: 'http', onThrottle: 'drop' });
    expect(get('cloudwatch-delta').push).toMatchObject({ protocol: 'http', temporality: 'delta' });
    expect(get('cloudwatch-delta').network.lossRate).toBeGreaterThan(0);
    const explode = get('label-explosion');
    expect(explode.services.some((g) => g.seriesPerService > explode.pull.sampleLimit)).toBe(true);
    expect(findPreset('nope')).toBeUndefined();
  });
});

/** Each version-2 preset shows its effect, in the direction (and roughly the size) derived on paper. */
describe('version 2 presets show their effect', () => {
  const scenario = (id: string) => scenarioOrThrow(withPreset(findPreset(id)));
  const run = (s: Scenario) => runScenario(s)!;
  const crashes = (s: Scenario) => {
    const fleet = buildFleet(s);
    let n = 0;
    for (let i = 0; i < fleet.size; i++) n += crashesOf(fleet, i);
    return n;
  };

  it('rolling deploy: most replaced pods never fail a scrape, push notices the silence', () => {
    const s = scenario('rolling-deploy');
    const r = run(s);
    const n = crashes(s);
    expect(n).toBeGreaterThanOrEqual(8); // 20 pods × 2/h × 0.5 h = 20 expected
    // The old target is removed 0.5 s after the crash, at the next 5 s tick: on average ~3 s in which a
    // 15 s scrape interval lands with probability ~3/15, so pull notices about 1 crash in 5.
    expect(r.pull.deadUndetected / n).toBeGreaterThanOrEqual(0.55);
    // The old identity never pushes again: push calls it dead 3 × 15 s later, unless the run ends first.
    expect(r.push.deadUndetected).toBeLessThanOrEqual(2);
  });

  it('remote write into a throttling backend: every refused push is a data point gone', () => {
    const s = scenario('remote-write-throttled');
    const r = run(s);
    // 300 senders push in the same second; 200 are accepted, a third is refused and none retried.
    const refused = 1 - s.push.collectorCapacityPerSec / 300;
    expect(r.push.failed / r.push.requests).toBeGreaterThanOrEqual(refused - 0.03);
    expect(r.push.missedSampleRatio).toBeGreaterThanOrEqual(refused - 0.03);
    expect(r.pull.missedSampleRatio).toBeLessThan(0.05);
    // Retrying instead, a refused push gets in a second or two later, well inside its 15 s interval
    // (the mean load, 20/s, is a tenth of the capacity).
    const retry = run({ ...s, push: { ...s.push, onThrottle: 'retry' } });
    expect(retry.push.missedSampleRatio).toBeLessThan(0.05);
  });

  it('CloudWatch delta pushes: a retry after a lost reply counts twice; cumulative values never do', () => {
    const s = scenario('cloudwatch-delta');
    const p = s.network.lossRate;
    const r = run(s);
    // Per attempt: stored but unacknowledged with (1-p)p, acknowledged with (1-p)²; the stored-twice
    // attempts before success average p/(1-p) per push (~5 % for p = 5 %). 1,200 pushes: allow noise.
    expect(r.push.countsDuplicatedRatio).toBeGreaterThan(p / (1 - p) / 2);
    expect(r.push.countsDuplicatedRatio).toBeLessThan((2 * p) / (1 - p));
    expect(r.pull.countsDuplicatedRatio).toBe(0);
    const cumulative = run({ ...s, push: { ...s.push, temporality: 'cumulative' } });
    expect(cumulative.push.countsDuplicatedRatio).toBe(0);
  });

  it('labels explode: pull stores nothing from the targets over sample_limit', () => {
    const r = run(scenario('label-explosion'));
    // Both checkout pods fail every scrape; each stored scrape is an api pod's 200 series.
    expect(r.pull.servicesNeverSeen).toBe(2);
    expect(r.pull.samplesStored).toBe(r.pull.samplesReceived * 200);
    expect(r.push.servicesNeverSeen).toBe(0);
  });
});
