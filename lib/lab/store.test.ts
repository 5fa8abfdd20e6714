import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../scenario/parse';
import { encodeScenario } from '../scenario/url';
import type { Report } from '../sim/report';
import { createLabStore, isChanged } from './store';

const fakeReport = (seed: number) => ({ scenario: { seed } }) as unknown as Report;

describe('lab store', () => {
  it('starts from the defaults, nothing changed, a first run pending', () => {
    const s = createLabStore().getState();
    expect(s.scenario).toEqual(defaultScenario());
    expect(isChanged(s, 'pull.scrapeIntervalSec')).toBe(false);
    expect(s.run.phase).toBe('running');
  });

  it('sets a knob, marks it changed, and invalidates the current run', () => {
    const store = createLabStore();
    const before = store.getState().runId;
    expect(store.getState().setKnob('pull.scrapeIntervalSec', 30)).toBeNull();
    const s = store.getState();
    expect(s.scenario.pull.scrapeIntervalSec).toBe(30);
    expect(isChanged(s, 'pull.scrapeIntervalSec')).toBe(true);
    expect(isChanged(s, 'push.pushIntervalSec')).toBe(false);
    expect(s.runId).toBe(before + 1);
  });

  it('refuses an invalid value with a message and keeps the scenario', () => {
    const store = createLabStore();
    const before = store.getState().scenario;
    const err = store.getState().setKnob('network.lossRate', 3);
    expect(err).toMatch(/network\.lossRate/);
    expect(store.getState().scenario).toBe(before);
  });

  it('lowers the scrape timeout with the interval, and says so', () => {
    const store = createLabStore();
    store.getState().setKnob('pull.scrapeIntervalSec', 5);
    const s = store.getState();
    expect(s.scenario.pull.scrapeTimeoutSec).toBe(5);
    expect(s.notices.join(' ')).toMatch(/timeout/i);
  });

  it('resets one knob or all of them to the preset baseline', () => {
    const store = createLabStore();
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

  it('ignores results from runs that a newer change made stale', () => {
    const store = createLabStore();
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

  it('loads a shared link, including its preset baseline and notices', () => {
    const other = createLabStore();
    other.getState().applyPreset('iot-nat');
    other.getState().setKnob('push.pushIntervalSec', 60);
    const link = encodeScenario(other.getState().scenario, other.getState().presetId);

    const store = createLabStore();
    store.getState().loadLink(link);
    expect(store.getState().scenario).toEqual(other.getState().scenario);
    expect(store.getState().presetId).toBe('iot-nat');
    expect(isChanged(store.getState(), 'push.pushIntervalSec')).toBe(true);

    store.getState().loadLink('s=@@garbage@@');
    expect(store.getState().scenario).toEqual(defaultScenario());
    expect(store.getState().notices.length).toBeGreaterThan(0);
  });

  it('shows a report computed ahead as current until the scenario changes', () => {
    const store = createLabStore({ report: fakeReport(1) });
    expect(store.getState().report).toEqual(fakeReport(1));
    expect(store.getState().reportRunId).toBe(store.getState().runId);
    store.getState().setKnob('seed', 5);
    expect(store.getState().reportRunId).not.toBe(store.getState().runId);
  });
});
