import { describe, expect, it } from 'vitest';
import { defaultScenario, parseScenario } from '../scenario/parse';
import { knobsFor } from './knobs';
import type { KnobId } from './path';
import { describeRefusal } from './refusal';

function refusal(change: (s: ReturnType<typeof defaultScenario>) => object): string {
  const s = defaultScenario();
  const r = parseScenario(change(s));
  if (r.ok) throw new Error('expected the change to be refused');
  return describeRefusal(r.error.issues, s);
}

const label = (path: KnobId) => knobsFor(defaultScenario()).find((k) => k.path === path)!.knob.label;

describe('describeRefusal', () => {
  it('names both sides of a cross-field rule by their controls, with units', () => {
    const text = refusal((s) => ({ ...s, durationSec: 60, resolutionSec: 300 }));
    expect(text).toBe(`${label('resolutionSec')} must be <= ${label('durationSec')} (60 s)`);
  });

  it('names a service knob with its group', () => {
    const text = refusal((s) => ({ ...s, services: s.services.map((g, i) => (i === 0 ? { ...g, count: -1 } : g)) }));
    expect(text).toMatch(new RegExp(`^${s0()}: ${label('services.web.count')} must be >= 0$`));
  });

  it('keeps a path it has no control for, and joins several problems', () => {
    const text = refusal((s) => ({ ...s, seed: -1, network: { ...s.network, lossRate: 2 } }));
    expect(text.split('; ')).toEqual(['seed must be >= 0', `${label('network.lossRate')} must be <= 1`]);
  });
});

function s0() {
  return defaultScenario().services[0].name;
}
