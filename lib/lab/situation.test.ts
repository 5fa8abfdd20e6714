import { describe, expect, it } from 'vitest';
import { LESSON_DATA } from '../lessons/data';
import { simStart } from '../lessons/sim-start';
import { defaultScenario, scenarioOrThrow, withPreset } from '../scenario/parse';
import { findPreset } from '../scenario/presets';
import { describeFleet, situationSummary } from './situation';

describe('describeFleet', () => {
  it('describes the defaults: 20 web instances and batch jobs of about 20 s', () => {
    expect(describeFleet(defaultScenario())).toBe(
      '20 long-running web instances and short-lived batch instances starting 6 a minute, each lasting about 20 s.',
    );
  });

  it('says which groups sit behind NAT', () => {
    const s = scenarioOrThrow({ services: [{ name: 'sensor', kind: 'long-running', count: 1, firewalled: true }] });
    expect(describeFleet(s)).toBe('1 long-running sensor instance behind NAT.');
  });
});

describe('situationSummary', () => {
  const preset = findPreset('iot-nat')!;
  const presetScenario = scenarioOrThrow(withPreset(preset));

  it('keeps the preset’s own summary while the fleet is the preset’s', () => {
    const longer = { ...presetScenario, durationSec: presetScenario.durationSec * 2 };
    expect(situationSummary(longer, { summary: preset.summary, scenario: presetScenario })).toBe(preset.summary);
  });

  it('describes the fleet once it differs from the preset’s', () => {
    const [sensor, ...rest] = presetScenario.services;
    const edited = { ...presetScenario, services: [{ ...sensor, count: 7 }, ...rest] };
    const line = situationSummary(edited, { summary: preset.summary, scenario: presetScenario });
    expect(line).not.toBe(preset.summary);
    expect(line).toMatch(/^7 long-running sensor instances behind NAT/);
  });

  it('describes lesson 1’s fleet of 10 web servers as 10, not the defaults’ 20', () => {
    const sim = LESSON_DATA['two-models']!.sims[0];
    const line = situationSummary(simStart(sim).scenario, null);
    expect(line).toMatch(/^10 long-running web instances/);
    expect(line).not.toMatch(/20 long-running|Twenty/);
  });
});
