import { describe, expect, it } from 'vitest';
import { assembleFleet } from '../sim/fleet';
import { planFor, prepare, type ValidationScenario } from './plan';

const crashing = (onCrash?: string): ValidationScenario => ({
  name: 't',
  title: 't',
  scenario: {
    durationSec: 100,
    services: [
      {
        name: 'web',
        kind: 'long-running',
        count: 1,
        crashesPerHour: 10,
        restartDelaySec: 5,
        ...(onCrash && { onCrash }),
      },
    ],
  },
});

/**
 * One slot that crashes at 20 s and is back at 25 s, as the simulator's fleet holds it: restarted
 * in place, one instance with a downtime; replaced, an instance that ends and a new one.
 */
function planOf(v: ValidationScenario) {
  const p = prepare(v);
  const fleet = assembleFleet(
    p.scenario,
    p.onCrash[0] === 'restart'
      ? [
          {
            group: 0,
            index: 0,
            incarnation: 0,
            startSec: 0,
            endSec: Infinity,
            replacedAtSec: NaN,
            downtimes: [[20, 25]],
          },
        ]
      : [
          { group: 0, index: 0, incarnation: 0, startSec: 0, endSec: 20, replacedAtSec: 25 },
          { group: 0, index: 0, incarnation: 1, startSec: 25, endSec: Infinity, replacedAtSec: NaN },
        ],
  );
  return { p, plan: planFor(p, fleet) };
}

describe('prepare', () => {
  it('keeps the crash behaviour for the real side whether or not the simulator knows the field', () => {
    const p = prepare(crashing('replace'));
    expect(p.onCrash).toEqual(['replace']);
    expect(typeof p.simulatorKnowsOnCrash).toBe('boolean');
    expect(p.scenario.services[0].name).toBe('web');
  });
  it('defaults a long-running group to restart, as schema version 2 does', () => {
    expect(prepare(crashing()).onCrash).toEqual(['restart']);
  });
  it('still refuses a scenario with other bad fields', () => {
    expect(() => prepare({ name: 'x', title: 'x', scenario: { durationSec: -1 } })).toThrow(/durationSec/);
  });
});

describe('planFor', () => {
  it('restart: one target, two lives, one crash that is back after the delay', () => {
    const { plan } = planOf(crashing('restart'));
    expect(plan.targets).toEqual([
      {
        id: 'web-0',
        group: 'web',
        job: false,
        series: 50,
        lives: [
          [0, 20],
          [25, 100],
        ],
      },
    ]);
    expect(plan.crashes).toEqual([{ id: 'web-0', crashSec: 20, backSec: 25, behaviour: 'restart', fleetIndex: 0 }]);
  });
  it('replace: the replacement is a new target with its own identity', () => {
    const { plan } = planOf(crashing('replace'));
    expect(plan.targets.map((t) => [t.id, t.lives])).toEqual([
      ['web-0', [[0, 20]]],
      ['web-0-r1', [[25, 100]]],
    ]);
    expect(plan.crashes[0]).toMatchObject({ id: 'web-0', behaviour: 'replace' });
  });
  it('gateway jobs push once, at their end, only when that is inside the run', () => {
    const p = prepare({
      name: 'g',
      title: 'g',
      scenario: {
        durationSec: 60,
        services: [{ name: 'batch', kind: 'short-lived', startsPerMin: 1, lifetimeSec: { dist: 'fixed', value: 5 } }],
        pull: { pushgateway: true, pushgatewayGrouping: 'job' },
      },
    });
    const fleet = assembleFleet(p.scenario, [
      { group: 0, index: 0, incarnation: 0, startSec: 10, endSec: 15, replacedAtSec: NaN },
      { group: 0, index: 1, incarnation: 0, startSec: 58, endSec: 63, replacedAtSec: NaN },
    ]);
    const plan = planFor(p, fleet);
    expect(plan.targets).toEqual([]);
    expect(plan.pushes).toEqual([
      { id: 'batch-0', group: 'batch', run: 0, series: 10, startSec: 10, atSec: 15, grouping: 'job' },
    ]);
  });
});
