import { describe, expect, expectTypeOf, it } from 'vitest';
import { defaultScenario } from '../scenario/parse';
import type { Lifetime } from '../scenario/schema';
import {
  getIn,
  parseKnobId,
  positionalPath,
  readKnob,
  setIn,
  writeKnob,
  type KnobId,
  type KnobSetting,
  type KnobValue,
  type ServiceField,
} from './path';

describe('getIn / setIn', () => {
  const root = { a: { b: 1 }, list: [{ x: 1 }, { x: 2 }] };

  it('reads nested objects and list entries', () => {
    expect(getIn(root, 'a.b')).toBe(1);
    expect(getIn(root, 'list.1.x')).toBe(2);
    expect(getIn(root, 'a.missing.deeper')).toBeUndefined();
  });

  it('writes without touching the original and shares untouched branches', () => {
    const next = setIn(root, 'list.1.x', 5);
    expect(next.list[1].x).toBe(5);
    expect(root.list[1].x).toBe(2);
    expect(Array.isArray(next.list)).toBe(true);
    expect(next.a).toBe(root.a);
    expect(next.list[0]).toBe(root.list[0]);
  });
});

describe('knob ids', () => {
  // The defaults hold two groups: web (long-running) at 0, batch (short-lived) at 1.
  const s = defaultScenario();

  it('address a service group by its name, wherever it sits in the list', () => {
    expect(parseKnobId('services.batch.lifetimeSec.mean')).toEqual({ group: 'batch', field: 'lifetimeSec.mean' });
    expect(parseKnobId('pull.scrapeIntervalSec')).toEqual({ group: null, field: 'pull.scrapeIntervalSec' });
    expect(positionalPath(s, 'services.batch.startsPerMin')).toBe('services.1.startsPerMin');
    const swapped = { ...s, services: [s.services[1], s.services[0]] };
    expect(positionalPath(swapped, 'services.batch.startsPerMin')).toBe('services.0.startsPerMin');
    expect(positionalPath(s, 'services.nobody.count')).toBeNull();
  });

  it('read and write the named group only', () => {
    expect(readKnob(s, 'services.web.count')).toBe(20);
    expect(readKnob(s, 'services.nobody.count')).toBeUndefined();
    const next = writeKnob(s, 'services.batch.seriesPerService', 7);
    expect(next.services[1].seriesPerService).toBe(7);
    expect(next.services[0]).toBe(s.services[0]);
    expect(s.services[1].seriesPerService).toBe(10);
    expect(() => writeKnob(s, 'services.nobody.count', 1)).toThrow(/nobody/);
  });

  it('are checked by the compiler, with the value type of their field', () => {
    expectTypeOf<KnobValue<'pull.scrapeIntervalSec'>>().toEqualTypeOf<number>();
    expectTypeOf<KnobValue<'push.flushOnExit'>>().toEqualTypeOf<boolean>();
    expectTypeOf<KnobValue<'services.batch.lifetimeSec.dist'>>().toEqualTypeOf<Lifetime['dist']>();
    expectTypeOf<'services.any-name.firewalled'>().toExtend<KnobId>();
    expectTypeOf<'lifetimeSec.sigma'>().toExtend<ServiceField>();
    // Not knobs: the version, a group's identity, a whole object, a made-up field.
    expectTypeOf<'version'>().not.toExtend<KnobId>();
    expectTypeOf<'services.web.name'>().not.toExtend<KnobId>();
    expectTypeOf<'pull'>().not.toExtend<KnobId>();
    expectTypeOf<'pull.scrapeInterval'>().not.toExtend<KnobId>();

    const ok: KnobSetting[] = [
      { path: 'pull.discovery', value: 'dns' },
      { path: 'services.job.lifetimeSec.value', value: 5 },
    ];
    expect(ok).toHaveLength(2);
    // @ts-expect-error a service group by position is not a knob id
    readKnob(s, 'services.1.startsPerMin');
    // @ts-expect-error a number for a switch
    writeKnob(s, 'push.flushOnExit', 1);
    // @ts-expect-error a discovery mechanism the schema does not know
    const badOption: KnobSetting = { path: 'pull.discovery', value: 'consul' };
    // @ts-expect-error a task step of the wrong type for its knob
    const badStep: KnobSetting = { path: 'services.web.count', value: true };
    expect([badOption, badStep]).toHaveLength(2);
  });
});
