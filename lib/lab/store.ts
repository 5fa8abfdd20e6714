/**
 * The lab's state: the scenario being explored and the latest report for it. A framework-free
 * zustand store, so its rules are tested in Node; React binds to it in components/lab.
 *
 * Flow: controls → setKnob → scenario (+ runId) → the worker validates and runs it →
 * runFinished → charts. The store itself never validates: the validator (zod) stays off the
 * page's main thread. Controls only offer valid values; a combination the worker refuses is
 * rolled back to the last scenario that ran, with the reason as a notice.
 *
 * The store owns every rule that couples one setting to another (a lifetime's shape and its
 * parameters, the scrape timeout and interval, the fleet's groups): views only name the knob.
 */
import { createStore } from 'zustand/vanilla';
import { typicalLifetimeSec } from '../scenario/lifetime';
import type { Lifetime, Scenario, ServiceGroup } from '../scenario/schema';
import type { DecodedLink } from '../scenario/url-decode';
import type { Report } from '../sim/report';
import { lifetimeFor, newServiceGroup } from './knobs';
import { parseKnobId, positionalPath, readKnob, writeKnob, type KnobId, type KnobValue } from './path';

/** The defaults and every preset, validated ahead (see ./catalog.ts). */
export interface LabCatalog {
  defaults: Scenario;
  presets: Readonly<Record<string, Scenario>>;
  /** How many service groups a scenario may have (the schema's limit, carried here to keep zod off the page). */
  maxServiceGroups: number;
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
  /** Sets one knob, then applies the rules that couple it to others (see `applyKnob`). */
  setKnob<K extends KnobId>(id: K, value: KnobValue<K>): void;
  /** Back to the baseline's value; a lifetime's shape resets with its parameters. */
  resetKnob(id: KnobId): void;
  /** Adds a group of this kind under a fresh name, up to the catalogue's limit. */
  addServiceGroup(kind: ServiceGroup['kind']): void;
  /** Removes the named group; the last one stays (a fleet needs at least one). */
  removeServiceGroup(name: string): void;
  /** Moves to another seed, a fresh draw of the same fleet. */
  newSeed(): void;
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

type Change = { scenario: Scenario; note: string | null };

/** Prometheus refuses a scrape timeout longer than the interval, so the timeout follows the interval down. */
function coupleTimeout(s: Scenario): Change {
  const { scrapeIntervalSec, scrapeTimeoutSec } = s.pull;
  if (scrapeTimeoutSec <= scrapeIntervalSec) return { scenario: s, note: null };
  return {
    scenario: { ...s, pull: { ...s.pull, scrapeTimeoutSec: scrapeIntervalSec } },
    note: `Scrape timeout lowered to ${scrapeIntervalSec} s: Prometheus requires it to be no longer than the interval.`,
  };
}

const groupNamed = (s: Scenario, name: string) => s.services.find((g) => g.name === name);

function withLifetime(s: Scenario, group: string, lifetimeSec: Lifetime): Scenario {
  return {
    ...s,
    services: s.services.map((g) => (g.name === group && g.kind === 'short-lived' ? { ...g, lifetimeSec } : g)),
  };
}

/** The short-lived group whose lifetime shape this knob sets, if it is that knob. */
function shapeKnobGroup(id: KnobId): string | null {
  const { group, field } = parseKnobId(id);
  return field === 'lifetimeSec.dist' ? group : null;
}

/**
 * A scenario with one knob set and every coupling applied: a new lifetime shape gets parameters
 * that keep the typical run length the learner had; the scrape timeout follows the interval down.
 */
function applyKnob<K extends KnobId>(s: Scenario, id: K, value: KnobValue<K>): Change {
  const shaped = shapeKnobGroup(id);
  const g = shaped === null ? undefined : groupNamed(s, shaped);
  if (shaped !== null && g?.kind === 'short-lived' && g.lifetimeSec.dist !== value) {
    // The knob's type says the value is a shape; the compiler cannot follow that through K.
    const lifetime = lifetimeFor(value as Lifetime['dist'], typicalLifetimeSec(g.lifetimeSec));
    return { scenario: withLifetime(s, shaped, lifetime), note: null };
  }
  return coupleTimeout(writeKnob(s, id, value));
}

/**
 * The change that resets one knob to the baseline, or null where the baseline has nothing to
 * offer: a group added since, or a parameter of another lifetime shape. A shape resets with its
 * parameters, so the lifetime is never left half of one shape and half of another.
 */
function resetChange({ scenario, baseline }: Pick<LabState, 'scenario' | 'baseline'>, id: KnobId): Change | null {
  const shaped = shapeKnobGroup(id);
  if (shaped !== null) {
    const base = groupNamed(baseline, shaped);
    if (base?.kind !== 'short-lived' || groupNamed(scenario, shaped)?.kind !== 'short-lived') return null;
    return { scenario: withLifetime(scenario, shaped, base.lifetimeSec), note: null };
  }
  const value = readKnob(baseline, id);
  if (value === undefined || positionalPath(scenario, id) === null) return null;
  return coupleTimeout(writeKnob(scenario, id, value));
}

/** Whether a knob differs from the baseline; false where the baseline has nothing to compare with. */
export const isChanged = (state: Pick<LabState, 'scenario' | 'baseline'>, id: KnobId): boolean => {
  const base = readKnob(state.baseline, id);
  return base !== undefined && JSON.stringify(readKnob(state.scenario, id)) !== JSON.stringify(base);
};

/** The seed after this one: a step of a 32-bit linear congruential generator, so it stays a valid seed. */
export const nextSeed = (seed: number): number => (Math.imul(seed, 1103515245) + 12345) >>> 0;

/** Whether the fleet has room for another group. */
export const canAddServiceGroup = (state: Pick<LabState, 'scenario' | 'catalog'>): boolean =>
  state.scenario.services.length < state.catalog.maxServiceGroups;

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

      setKnob(id, value) {
        const { scenario: next, note } = applyKnob(get().scenario, id, value);
        commit(next, note ? { notices: [note] } : {});
      },
      resetKnob(id) {
        const change = resetChange(get(), id);
        if (change) commit(change.scenario, change.note ? { notices: [change.note] } : {});
      },
      addServiceGroup(kind) {
        const { scenario } = get();
        if (!canAddServiceGroup(get())) return;
        const taken = scenario.services.map((g) => g.name);
        commit({ ...scenario, services: [...scenario.services, newServiceGroup(kind, taken)] });
      },
      removeServiceGroup(name) {
        const { scenario } = get();
        const rest = scenario.services.filter((g) => g.name !== name);
        if (rest.length === 0 || rest.length === scenario.services.length) return;
        commit({ ...scenario, services: rest });
      },
      newSeed() {
        const { scenario } = get();
        commit({ ...scenario, seed: nextSeed(scenario.seed) });
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
