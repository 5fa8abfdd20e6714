import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../scenario/parse';
import { encodeScenario } from '../scenario/url';
import { decodeScenario } from '../scenario/url-decode';
import type { Report } from '../sim/report';
import { labCatalog } from './catalog';
import { catalogScenario, createLabStore, isChanged } from './store';

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

  it('lowers the scrape timeout with the interval, and says so', () => {
    const store = newStore();
    store.getState().setKnob('pull.scrapeIntervalSec', 5);
    const s = store.getState();
    expect(s.scenario.pull.scrapeTimeoutSec).toBe(5);
    expect(s.notices.join(' ')).toMatch(/timeout/i);
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

describe('lab catalogue', () => {
  it('holds every preset validated, each differing from the defaults', () => {
    for (const [id, s] of Object.entries(catalog.presets)) {
      expect(s, id).not.toEqual(catalog.defaults);
      expect(catalogScenario(catalog, id)).toBe(s);
    }
    expect(catalogScenario(catalog, null)).toBe(catalog.defaults);
  });
});
