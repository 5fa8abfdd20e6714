import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { defaultScenario, parseScenario } from '../scenario/parse';
import { encodeScenario } from '../scenario/url';
import { decodeScenario } from '../scenario/url-decode';
import type { Report } from '../sim/report';
import { labCatalog } from './catalog';
import { canAddServiceGroup, catalogScenario, createLabStore, isChanged, nextSeed } from './store';

const fakeReport = (seed: number) => ({ scenario: { seed } }) as unknown as Report;
const catalog = labCatalog();
const newStore = (report?: Report) => createLabStore({ catalog, report });

describe('lab store', () => {
  it('starts from the defaults, nothing changed, a first run pending', () => {
    const s = newStore().getState();
    expect(s.scenario).toEqual(defaultScenario());
    expect(isChanged(s, 'pull.scrapeIntervalSec')).toBe(false);
    expect(s.run.phase).toBe('running');
  });

  it('sets a knob, marks it changed, and invalidates the current run', () => {
    const store = newStore();
    const before = store.getState().runId;
    store.getState().setKnob('pull.scrapeIntervalSec', 30);
    const s = store.getState();
    expect(s.scenario.pull.scrapeIntervalSec).toBe(30);
    expect(isChanged(s, 'pull.scrapeIntervalSec')).toBe(true);
    expect(isChanged(s, 'push.pushIntervalSec')).toBe(false);
    expect(s.runId).toBe(before + 1);
  });

  it('rolls a change the worker refuses back to the last scenario that ran, and says why', () => {
    const store = newStore();
    store.getState().setKnob('seed', 4);
    store.getState().runFinished(store.getState().runId, fakeReport(4), 5);
    const ran = store.getState().scenario;
    store.getState().setKnob('network.lossRate', 3);
    const refused = store.getState().runId;
    store.getState().runRefused(refused, 'network.lossRate: must be <= 1');
    const s = store.getState();
    expect(s.scenario).toEqual(ran);
    expect(s.runId).toBe(refused + 1);
    expect(s.notices.join(' ')).toMatch(/not applied.*network\.lossRate/);
  });

  it('ignores a refusal for a run that a newer change replaced', () => {
    const store = newStore();
    store.getState().setKnob('network.lossRate', 3);
    const stale = store.getState().runId;
    store.getState().setKnob('network.lossRate', 0.2);
    store.getState().runRefused(stale, 'network.lossRate: must be <= 1');
    expect(store.getState().scenario.network.lossRate).toBe(0.2);
    expect(store.getState().notices).toEqual([]);
  });

  it('resets one knob or all of them to the preset baseline', () => {
    const store = newStore();
    store.getState().applyPreset('thundering-herd');
    const base = store.getState().baseline;
    expect(base.push.alignment).toBe('aligned');
    store.getState().setKnob('push.alignment', 'jittered');
    store.getState().setKnob('seed', 9);
    store.getState().resetKnob('push.alignment');
    expect(store.getState().scenario.push.alignment).toBe('aligned');
    expect(store.getState().scenario.seed).toBe(9);
    store.getState().resetAll();
    expect(store.getState().scenario).toEqual(base);
  });

  it('treats an unknown preset as none', () => {
    const store = newStore();
    store.getState().applyPreset('no-such-preset');
    expect(store.getState().presetId).toBeNull();
    expect(store.getState().scenario).toEqual(catalog.defaults);
  });

  it('ignores results from runs that a newer change made stale', () => {
    const store = newStore();
    const stale = store.getState().runId;
    store.getState().setKnob('seed', 2);
    const current = store.getState().runId;
    store.getState().runFinished(stale, fakeReport(1), 5);
    expect(store.getState().report).toBeNull();
    store.getState().runProgress(stale, 0.5);
    expect(store.getState().run).toEqual({ phase: 'running', progress: 0 });
    store.getState().runFinished(current, fakeReport(2), 5);
    expect(store.getState().report).toEqual(fakeReport(2));
    expect(store.getState().run.phase).toBe('done');
  });

  it('opens a shared link, including its preset baseline and notices', () => {
    const other = newStore();
    other.getState().applyPreset('iot-nat');
    other.getState().setKnob('push.pushIntervalSec', 60);
    const { scenario, presetId } = other.getState();
    const link = encodeScenario(scenario, presetId);

    const store = newStore();
    store.getState().openLink(decodeScenario(link));
    expect(store.getState().scenario).toEqual(scenario);
    expect(store.getState().presetId).toBe('iot-nat');
    expect(isChanged(store.getState(), 'push.pushIntervalSec')).toBe(true);

    store.getState().openLink(decodeScenario('s=@@garbage@@'));
    expect(store.getState().scenario).toEqual(defaultScenario());
    expect(store.getState().notices.length).toBeGreaterThan(0);
  });

  it('shows a report computed ahead as current until the scenario changes', () => {
    const store = newStore(fakeReport(1));
    expect(store.getState().report).toEqual(fakeReport(1));
    expect(store.getState().reportRunId).toBe(store.getState().runId);
    store.getState().setKnob('seed', 5);
    expect(store.getState().reportRunId).not.toBe(store.getState().runId);
  });
});

// The defaults (lib/scenario/schema.ts): interval 15 s, timeout 10 s; groups web (long-running,
// 20 instances) and batch (short-lived, exponential lifetime with a 20 s mean).
describe('coupling rules', () => {
  const valid = (store: ReturnType<typeof newStore>) => {
    const r = parseScenario(store.getState().scenario);
    return r.ok ? '' : r.error.message;
  };

  it('lowers the scrape timeout with the interval, and says so', () => {
    const store = newStore();
    store.getState().setKnob('pull.scrapeIntervalSec', 5);
    const s = store.getState();
    expect(s.scenario.pull.scrapeTimeoutSec).toBe(5);
    expect(s.notices.join(' ')).toMatch(/timeout lowered to 5 s/i);
  });

  it('caps a timeout set above the interval, and leaves it alone when the interval grows', () => {
    const store = newStore();
    store.getState().setKnob('pull.scrapeTimeoutSec', 30);
    expect(store.getState().scenario.pull.scrapeTimeoutSec).toBe(15);
    store.getState().dismissNotices();
    store.getState().setKnob('pull.scrapeIntervalSec', 60);
    expect(store.getState().scenario.pull.scrapeTimeoutSec).toBe(15);
    expect(store.getState().notices).toEqual([]);
  });

  it('gives a new lifetime shape its own parameters around the typical run length', () => {
    const store = newStore();
    store.getState().setKnob('services.batch.lifetimeSec.dist', 'uniform');
    // A 20 s mean becomes runs spread evenly from half to one and a half of it.
    expect(store.getState().scenario.services[1]).toMatchObject({ lifetimeSec: { dist: 'uniform', min: 10, max: 30 } });
    expect(valid(store)).toBe('');
    store.getState().setKnob('services.batch.lifetimeSec.dist', 'fixed');
    expect(store.getState().scenario.services[1]).toMatchObject({ lifetimeSec: { dist: 'fixed', value: 20 } });
    expect(valid(store)).toBe('');
  });

  it('keeps the parameters when the same shape is chosen again', () => {
    const store = newStore();
    store.getState().setKnob('services.batch.lifetimeSec.mean', 90);
    store.getState().setKnob('services.batch.lifetimeSec.dist', 'exponential');
    expect(store.getState().scenario.services[1]).toMatchObject({ lifetimeSec: { dist: 'exponential', mean: 90 } });
  });

  it('resets a lifetime shape together with its parameters', () => {
    const store = newStore();
    store.getState().setKnob('services.batch.lifetimeSec.dist', 'lognormal');
    expect(isChanged(store.getState(), 'services.batch.lifetimeSec.dist')).toBe(true);
    // The baseline has no median to compare with or reset to.
    expect(isChanged(store.getState(), 'services.batch.lifetimeSec.median')).toBe(false);
    const runId = store.getState().runId;
    store.getState().resetKnob('services.batch.lifetimeSec.median');
    expect(store.getState().runId).toBe(runId);
    store.getState().resetKnob('services.batch.lifetimeSec.dist');
    expect(store.getState().scenario).toEqual(defaultScenario());
  });

  it('adds groups under fresh names, and stops at the limit', () => {
    const store = createLabStore({ catalog: { ...catalog, maxServiceGroups: 4 } });
    store.getState().addServiceGroup('short-lived');
    store.getState().addServiceGroup('short-lived');
    expect(store.getState().scenario.services.map((g) => g.name)).toEqual(['web', 'batch', 'job1', 'job2']);
    expect(valid(store)).toBe('');
    expect(canAddServiceGroup(store.getState())).toBe(false);
    const runId = store.getState().runId;
    store.getState().addServiceGroup('long-running');
    expect(store.getState().scenario.services).toHaveLength(4);
    expect(store.getState().runId).toBe(runId);
    // A group the baseline lacks has nothing to be changed from.
    expect(isChanged(store.getState(), 'services.job1.startsPerMin')).toBe(false);
  });

  it('removes a group by name, and the other groups keep their knobs', () => {
    const store = newStore();
    store.getState().setKnob('services.batch.startsPerMin', 60);
    store.getState().removeServiceGroup('web');
    const s = store.getState();
    expect(s.scenario.services.map((g) => g.name)).toEqual(['batch']);
    // batch moved from position 1 to 0; its knob still means batch, against batch in the baseline.
    expect(isChanged(s, 'services.batch.startsPerMin')).toBe(true);
    expect(isChanged(s, 'services.batch.seriesPerService')).toBe(false);
    s.resetKnob('services.batch.startsPerMin');
    expect(store.getState().scenario.services[0]).toEqual(defaultScenario().services[1]);
  });

  it('keeps the last group and ignores a name it does not have', () => {
    const store = newStore();
    store.getState().removeServiceGroup('nobody');
    store.getState().removeServiceGroup('web');
    store.getState().removeServiceGroup('batch');
    expect(store.getState().scenario.services.map((g) => g.name)).toEqual(['batch']);
    expect(() => store.getState().setKnob('services.web.count', 5)).toThrow(/web/);
  });

  it('draws a new seed that is still a valid one', () => {
    const store = newStore();
    store.getState().newSeed();
    // 1 · 1103515245 + 12345, below 2^32.
    expect(store.getState().scenario.seed).toBe(1103527590);
    expect(isChanged(store.getState(), 'seed')).toBe(true);
    // Never the same seed: x = a·x + c (mod 2^32) needs (a − 1)·x ≡ −c, but a − 1 is even and c odd.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        const next = nextSeed(seed);
        return Number.isInteger(next) && next >= 0 && next <= 0xffffffff && next !== seed;
      }),
    );
  });

  it('takes knob ids and values of the scenario’s types only, and refuses a position at run time too', () => {
    const { setKnob } = newStore().getState();
    expectTypeOf(setKnob<'pull.scrapeIntervalSec'>)
      .parameter(1)
      .toEqualTypeOf<number>();
    expectTypeOf(setKnob<'services.batch.lifetimeSec.dist'>)
      .parameter(1)
      .toEqualTypeOf<'exponential' | 'fixed' | 'uniform' | 'lognormal'>();
    // @ts-expect-error a group by position
    expect(() => setKnob('services.0.count', 5)).toThrow(/"0"/);
  });
});

describe('lab catalogue', () => {
  it('holds every preset validated, each differing from the defaults', () => {
    for (const [id, s] of Object.entries(catalog.presets)) {
      expect(s, id).not.toEqual(catalog.defaults);
      expect(catalogScenario(catalog, id)).toBe(s);
    }
    expect(catalogScenario(catalog, null)).toBe(catalog.defaults);
  });
});
