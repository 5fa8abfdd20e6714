/**
 * A lesson simulation's scenario and controls, derived from its LessonSim entry. Shared by the
 * lesson components, the content tests and the e2e walk, so all three agree on what a reader sees.
 */
import { knobsFor, type Knob } from '../lab/knobs';
import { createLabStore } from '../lab/store';
import { defaultScenario, scenarioOrThrow } from '../scenario/parse';
import { findPreset } from '../scenario/presets';
import type { Scenario } from '../scenario/schema';
import { merge } from '../scenario/url';
import type { LessonData, LessonSim } from './types';

type Json = Parameters<typeof merge>[0];

/** Figures a simulation shows when its entry names none (ids from lib/lab/figures.ts). */
export const DEFAULT_FIGURES = ['missed', 'never-seen', 'load-mean'] as const;

/** The preset, then the sim's own scenario laid over it (arrays such as `services` replace whole). */
export function simStart(sim: LessonSim): Scenario {
  const preset = sim.preset ? findPreset(sim.preset) : undefined;
  if (sim.preset && !preset) throw new Error(`Simulation ${sim.id}: unknown preset "${sim.preset}"`);
  const withPreset = merge(defaultScenario() as unknown as Json, (preset?.scenario ?? {}) as Json);
  return scenarioOrThrow(merge(withPreset, (sim.scenario ?? {}) as Json));
}

/** A lab store that starts at the sim's scenario and treats it as the baseline for "changed" and Reset. */
export function createSimStore(sim: LessonSim) {
  const scenario = simStart(sim);
  const store = createLabStore({ scenario, presetId: sim.preset ?? null });
  store.setState({ baseline: scenario });
  return store;
}

export interface SimControl {
  path: string;
  knob: Knob;
  /** The control's accessible name: a service knob names its group, as in the lab ("api: Instances"). */
  name: string;
  /** The service group a knob belongs to, for the visible label prefix. */
  group: string | null;
}

/** The sim's knobs that exist for this scenario, in the sim's order (some knobs depend on others). */
export function simControls(scenario: Scenario, paths: readonly string[]): SimControl[] {
  const all = knobsFor(scenario);
  return paths.flatMap((path) => {
    const k = all.find((x) => x.path === path);
    if (!k) return [];
    const group = k.group === 'Fleet' ? k.title : null;
    return [{ path, knob: k.knob, name: group ? `${group}: ${k.knob.label}` : k.knob.label, group }];
  });
}

/** The scenario a reader reaches by following a task's solution through the controls. */
export function scenarioAfter(sim: LessonSim, steps: LessonSim['tasks'][number]['solution']): Scenario {
  const store = createSimStore(sim);
  for (const step of steps) {
    const error = store.getState().setKnob(step.path, step.value);
    if (error) throw new Error(`Simulation ${sim.id}: ${step.path} = ${String(step.value)} is refused: ${error}`);
  }
  return store.getState().scenario;
}

export function findSim(data: LessonData | undefined, id: string): LessonSim | undefined {
  return data?.sims.find((s) => s.id === id);
}
