/**
 * The lab's state: the scenario being explored and the latest report for it. A framework-free
 * zustand store, so its rules are tested in Node; React binds to it in components/lab.
 *
 * Flow: controls → setKnob → scenario (+ runId) → the worker client runs it → runFinished → charts.
 */
import { createStore } from 'zustand/vanilla';
import { defaultScenario, parseScenario } from '../scenario/parse';
import { findPreset } from '../scenario/presets';
import type { Scenario } from '../scenario/schema';
import { decodeScenario, merge } from '../scenario/url';
import type { Report } from '../sim/report';
import { getIn, setIn, type Path } from './path';

export type RunStatus =
  | { phase: 'idle' }
  | { phase: 'running'; progress: number }
  | { phase: 'done'; wallMs: number }
  | { phase: 'error'; message: string };

export interface LabState {
  scenario: Scenario;
  /** What "changed" is measured against: the preset's scenario, or the defaults. */
  baseline: Scenario;
  presetId: string | null;
  /** Messages for the learner (a repaired link, a coupled setting). */
  notices: string[];
  /** Bumped on every scenario change; results of older runs are ignored. */
  runId: number;
  /** The newest complete report; kept while the next one computes, so charts never blank. */
  report: Report | null;
  /** Which runId `report` belongs to; it is stale while this differs from `runId`. */
  reportRunId: number;
  run: RunStatus;
}

export interface LabActions {
  /** Sets one knob. Returns an error message (and changes nothing) when the result is invalid. */
  setKnob(path: Path, value: unknown): string | null;
  resetKnob(path: Path): void;
  resetAll(): void;
  applyPreset(id: string | null): void;
  /** Replaces the state with what a shared link describes (repairing it if needed). */
  loadLink(search: string): void;
  dismissNotices(): void;
  runProgress(runId: number, progress: number): void;
  runFinished(runId: number, report: Report, wallMs: number): void;
  runFailed(runId: number, message: string): void;
}

export type LabStore = LabState & LabActions;

function presetScenario(id: string | null): Scenario {
  const preset = id ? findPreset(id) : undefined;
  if (!preset) return defaultScenario();
  const r = parseScenario(merge(defaultScenario() as never, preset.scenario as never));
  return r.ok ? r.scenario : defaultScenario();
}

/** Prometheus refuses a scrape timeout longer than the interval, so the timeout follows the interval down. */
function coupleTimeout(s: Scenario): { scenario: Scenario; note: string | null } {
  const { scrapeIntervalSec, scrapeTimeoutSec } = s.pull;
  if (scrapeTimeoutSec <= scrapeIntervalSec) return { scenario: s, note: null };
  return {
    scenario: { ...s, pull: { ...s.pull, scrapeTimeoutSec: scrapeIntervalSec } },
    note: `Scrape timeout lowered to ${scrapeIntervalSec} s: Prometheus requires it to be no longer than the interval.`,
  };
}

export const isChanged = (state: Pick<LabState, 'scenario' | 'baseline'>, path: Path): boolean =>
  JSON.stringify(getIn(state.scenario, path)) !== JSON.stringify(getIn(state.baseline, path));

export function createLabStore(initial?: {
  scenario?: Scenario;
  presetId?: string | null;
  /** A report for the initial scenario computed ahead (at build time), shown until the worker's own. */
  report?: Report;
}) {
  const presetId = initial?.presetId ?? null;
  const baseline = presetScenario(presetId);
  return createStore<LabStore>()((set, get) => {
    /** Every scenario change goes through here: it invalidates the running and shown results. */
    const commit = (scenario: Scenario, extra: Partial<LabState> = {}) =>
      set((st) => ({ scenario, runId: st.runId + 1, run: { phase: 'running', progress: 0 }, ...extra }));

    return {
      scenario: initial?.scenario ?? baseline,
      baseline,
      presetId,
      notices: [],
      runId: 1,
      report: initial?.report ?? null,
      reportRunId: initial?.report ? 1 : 0,
      run: { phase: 'running', progress: 0 },

      setKnob(path, value) {
        const { scenario: next, note } = coupleTimeout(setIn(get().scenario, path, value));
        const r = parseScenario(next);
        if (!r.ok) return r.error.issues.map((i) => `${i.path}: ${i.message}`).join('; ');
        commit(r.scenario, note ? { notices: [note] } : {});
        return null;
      },
      resetKnob(path) {
        const { scenario: next, note } = coupleTimeout(setIn(get().scenario, path, getIn(get().baseline, path)));
        const r = parseScenario(next);
        // A knob can only fail to reset when another knob conflicts with the baseline; reset both then.
        commit(r.ok ? r.scenario : get().baseline, note ? { notices: [note] } : {});
      },
      resetAll() {
        commit(get().baseline, { notices: [] });
      },
      applyPreset(id) {
        const preset = id ? findPreset(id) : undefined;
        const scenario = presetScenario(preset ? preset.id : null);
        commit(scenario, { baseline: scenario, presetId: preset?.id ?? null, notices: [] });
      },
      loadLink(search) {
        const link = decodeScenario(search);
        commit(link.scenario, {
          baseline: presetScenario(link.presetId),
          presetId: link.presetId,
          notices: link.notices,
        });
      },
      dismissNotices() {
        set({ notices: [] });
      },
      runProgress(runId, progress) {
        if (runId === get().runId) set({ run: { phase: 'running', progress } });
      },
      runFinished(runId, report, wallMs) {
        if (runId === get().runId) set({ report, reportRunId: runId, run: { phase: 'done', wallMs } });
      },
      runFailed(runId, message) {
        if (runId === get().runId) set({ run: { phase: 'error', message } });
      },
    };
  });
}
