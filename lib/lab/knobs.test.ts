import { describe, expect, it } from 'vitest';
import { typicalLifetimeSec } from '../scenario/lifetime';
import { defaultScenario, parseScenario, withPreset } from '../scenario/parse';
import { PRESETS } from '../scenario/presets';
import {
  knobsFor,
  lifetimeFor,
  type ScenarioKnob,
  type ServiceKnob,
  lifetimeKnobs,
  nearestStep,
  newServiceGroup,
} from './knobs';
import { getIn, positionalPath, readKnob, setIn, writeKnob } from './path';

const DISTS = ['exponential', 'fixed', 'uniform', 'lognormal'] as const;

const presetScenarios = () =>
  PRESETS.map((p) => {
    const r = parseScenario(withPreset(p));
    if (!r.ok) throw r.error;
    return r.scenario;
  });

describe('knob catalogue', () => {
  it('points every knob at a field that exists, with help text and a label', () => {
    for (const s of [defaultScenario(), ...presetScenarios()]) {
      for (const { path, knob } of knobsFor(s)) {
        expect(readKnob(s, path), path).not.toBeUndefined();
        expect(knob.label.length).toBeGreaterThan(2);
        expect(knob.help.length).toBeGreaterThan(20);
      }
    }
  });

  it('offers only slider steps that the schema accepts, in increasing order', () => {
    const s = defaultScenario();
    for (const { path, knob } of knobsFor(s)) {
      if (knob.kind !== 'steps') continue;
      expect([...knob.values].sort((a, b) => a - b)).toEqual(knob.values);
      for (const v of knob.values) {
        // The timeout is bounded by the interval, so set the interval to the largest step first.
        // The interval and timeout bound each other: pair each step with a value that fits.
        const base =
          path === 'pull.scrapeTimeoutSec'
            ? writeKnob(s, 'pull.scrapeIntervalSec', 300)
            : path === 'pull.scrapeIntervalSec'
              ? writeKnob(s, 'pull.scrapeTimeoutSec', Math.min(v, 10))
              : s;
        const r = parseScenario(writeKnob(base, path, v));
        expect(r.ok ? '' : r.error.message, `${path}=${v}`).toBe('');
      }
    }
  });

  it('offers only select options the schema accepts', () => {
    const s = defaultScenario();
    for (const { path, knob } of knobsFor(s)) {
      if (knob.kind !== 'select' || path.endsWith('lifetimeSec.dist')) continue;
      for (const o of knob.options)
        expect(parseScenario(writeKnob(s, path, o.value)).ok, `${path}=${o.value}`).toBe(true);
    }
  });

  it('covers every scenario field with a knob (or says why not)', () => {
    const s = writeKnob(defaultScenario(), 'pull.pushgateway', true);
    // Field paths as the scenario holds them (`services.1.startsPerMin`), to compare with its leaves.
    const covered = new Set(knobsFor(s).map((k) => positionalPath(s, k.path)));
    const notKnobs = new Set([
      'version',
      'seed',
      'services.0.name',
      'services.0.kind',
      'services.1.name',
      'services.1.kind',
      'services.1.lifetimeSec.mean',
    ]);
    const leaves = (v: unknown, prefix: string): string[] =>
      v !== null && typeof v === 'object'
        ? Object.entries(v).flatMap(([k, x]) => leaves(x, prefix ? `${prefix}.${k}` : k))
        : [prefix];
    const missing = leaves(s, '').filter((p) => !covered.has(p) && !notKnobs.has(p));
    expect(missing).toEqual([]);
    // The lifetime's own parameter is a knob, under its shape.
    expect(covered.has('services.1.lifetimeSec.mean')).toBe(true);
  });

  it('shows the gateway grouping only with the gateway on, and client timestamps only for HTTP', () => {
    const s = defaultScenario();
    const paths = (x: typeof s) => knobsFor(x).map((k) => k.path);
    expect(paths(s)).not.toContain('pull.pushgatewayGrouping');
    expect(paths(writeKnob(s, 'pull.pushgateway', true))).toContain('pull.pushgatewayGrouping');
    expect(paths(s)).toContain('push.clientTimestamps');
    expect(paths(writeKnob(s, 'push.protocol', 'statsd'))).not.toContain('push.clientTimestamps');
  });

  it('offers temporality and throttling only for HTTP: every StatsD datagram is a delta nobody acknowledges', () => {
    const s = defaultScenario();
    const paths = (x: typeof s) => knobsFor(x).map((k) => k.path);
    for (const id of ['push.temporality', 'push.onThrottle'] as const) {
      expect(paths(s)).toContain(id);
      expect(paths(writeKnob(s, 'push.protocol', 'statsd'))).not.toContain(id);
    }
  });

  it('no longer claims that Kubernetes replaces a crashed pod', () => {
    const help = knobsFor(defaultScenario())
      .map((k) => k.knob.help)
      .join(' ');
    expect(help).not.toMatch(/as Kubernetes replaces/i);
    expect(help).toMatch(/restarted in place/i);
  });

  it('gives each lifetime shape the parameters its schema needs', () => {
    for (const dist of DISTS) {
      const lifetime = lifetimeFor(dist, 12);
      const s = setIn(defaultScenario(), 'services.1.lifetimeSec', lifetime);
      expect(parseScenario(s).ok, dist).toBe(true);
      for (const k of lifetimeKnobs(dist)) expect(getIn(s, `services.1.${k.path}`), k.path).not.toBeUndefined();
    }
  });

  it('finds the nearest step for values between steps', () => {
    expect(nearestStep([1, 5, 10], 6)).toBe(1);
    expect(nearestStep([1, 5, 10], 9)).toBe(2);
    expect(nearestStep([1, 5, 10], -3)).toBe(0);
  });
});

describe('service groups', () => {
  it('adds groups with fresh valid names, of either kind', () => {
    let s = defaultScenario();
    for (const kind of ['long-running', 'short-lived', 'long-running'] as const) {
      const g = newServiceGroup(
        kind,
        s.services.map((x) => x.name),
      );
      s = setIn(s, 'services', [...s.services, g]);
      const r = parseScenario(s);
      expect(r.ok ? '' : r.error.message).toBe('');
    }
    expect(new Set(s.services.map((x) => x.name)).size).toBe(s.services.length);
  });

  it('keeps the typical length when the lifetime shape changes', () => {
    for (const dist of DISTS) {
      expect(typicalLifetimeSec(lifetimeFor(dist, 12))).toBe(12);
    }
  });
});

describe('knob definitions', () => {
  it('must fit their field: the control its value type calls for, options the schema has', () => {
    const help = 'Checked by the compiler, not at run time.';
    const fine: ScenarioKnob = { kind: 'toggle', path: 'pull.pushgateway', label: 'Gateway', help };
    // @ts-expect-error a switch for a number
    const toggleForNumber: ScenarioKnob = { kind: 'toggle', path: 'pull.scrapeIntervalSec', label: 'x', help };
    const badOption: ScenarioKnob = {
      kind: 'select',
      path: 'push.protocol',
      label: 'Protocol',
      // @ts-expect-error a protocol the schema does not have
      options: [{ value: 'grpc', label: 'gRPC' }],
      help,
    };
    // @ts-expect-error a field of no service group
    const noSuchField: ServiceKnob = { kind: 'toggle', path: 'crashed', label: 'x', help };
    expect([fine, toggleForNumber, badOption, noSuchField]).toHaveLength(4);
  });
});
