/**
 * The lab's state: the scenario being explored and the latest report for it. A framework-free
 * zustand store, so its rules are tested in Node; React binds to it in components/lab.
 *
 * Flow: controls → setKnob → scenario (+ runId) → the worker validates and runs it →
 * runFinished → charts. The store itself never validates: the validator (zod) stays off the
 * page's main thread. Controls only offer valid values; a combination the worker refuses is
 * rolled back to the last scenario that ran, with the reason as a notice.
 */
import { createStore } from 'zustand/vanilla';
import type { Scenario } from '../scenario/schema';
import type { DecodedLink } from '../scenario/url-decode';
import type { Report } from '../sim/report';
import { getIn, setIn, type Path } from './path';

/** The defaults and every preset, validated ahead (see ./catalog.ts). */
export interface LabCatalog {
  defaults: Scenario;
  presets: Readonly<Record<string, Scenario>>;
}

export type RunStatus =
  | { phase: 'idle' }
  | { phase: 'running'; progress: number }
  | { phase: 'done'; wallMs: number }
  | { phase: 'error'; message: string };

export interface LabState {
  catalog: LabCatalog;
  scenario: Scenario;
  /** The newest scenario the worker accepted and ran: where a refused change rolls back to. */
  lastRun: Scenario;
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
  setKnob(path: Path, value: unknown): void;
  resetKnob(path: Path): void;
  resetAll(): void;
  applyPreset(id: string | null): void;
  /** Replaces the state with what a shared link describes (decoded and repaired by the worker). */
  openLink(link: DecodedLink): void;
  dismissNotices(): void;
  runProgress(runId: number, progress: number): void;
  runFinished(runId: number, report: Report, wallMs: number): void;
  runFailed(runId: number, message: string): void;
  /** The worker refused the scenario of `runId`: roll back to the last one that ran. */
  runRefused(runId: number, message: string): void;
}

export type LabStore = LabState & LabActions;

/** The scenario a preset stands for (the defaults for none or an unknown one). */
export const catalogScenario = (catalog: LabCatalog, id: string | null): Scenario =>
  (id ? catalog.presets[id] : undefined) ?? catalog.defaults;

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

export function createLabStore(initial: {
  catalog: LabCatalog;
  scenario?: Scenario;
  /** What "changed" and Reset refer to; the preset's scenario (or the defaults) when left out. */
  baseline?: Scenario;
  presetId?: string | null;
  /** A report for the initial scenario computed ahead (at build time), shown until the worker's own. */
  report?: Report;
}) {
  const { catalog } = initial;
  const presetId = initial.presetId ?? null;
  const baseline = initial.baseline ?? catalogScenario(catalog, presetId);
  const scenario = initial.scenario ?? baseline;
  return createStore<LabStore>()((set, get) => {
    /** Every scenario change goes through here: it invalidates the running and shown results. */
    const commit = (scenario: Scenario, extra: Partial<LabState> = {}) =>
      set((st) => ({ scenario, runId: st.runId + 1, run: { phase: 'running', progress: 0 }, ...extra }));

    return {
      catalog,
      scenario,
      lastRun: scenario,
      baseline,
      presetId,
      notices: [],
      runId: 1,
      report: initial.report ?? null,
      reportRunId: initial.report ? 1 : 0,
      run: { phase: 'running', progress: 0 },

      setKnob(path, value) {
        const { scenario: next, note } = coupleTimeout(setIn(get().scenario, path, value));
        commit(next, note ? { notices: [note] } : {});
      },
      resetKnob(path) {
        const { scenario: next, note } = coupleTimeout(setIn(get().scenario, path, getIn(get().baseline, path)));
        commit(next, note ? { notices: [note] } : {});
      },
      resetAll() {
        commit(get().baseline, { notices: [] });
      },
      applyPreset(id) {
        const known = id && catalog.presets[id] ? id : null;
        const scenario = catalogScenario(catalog, known);
        commit(scenario, { baseline: scenario, presetId: known, notices: [] });
      },
      openLink(link) {
        commit(link.scenario, {
          baseline: catalogScenario(catalog, link.presetId),
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
        if (runId === get().runId)
          set((st) => ({ report, reportRunId: runId, lastRun: st.scenario, run: { phase: 'done', wallMs } }));
      },
      runFailed(runId, message) {
        if (runId === get().runId) set({ run: { phase: 'error', message } });
      },
      runRefused(runId, message) {
        if (runId === get().runId) commit(get().lastRun, { notices: [`That change was not applied: ${message}.`] });
      },
    };
  });
}
