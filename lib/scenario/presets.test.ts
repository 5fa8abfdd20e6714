import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse';
import { findPreset, PRESETS } from './presets';

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
    expect(findPreset('nope')).toBeUndefined();
  });
});
