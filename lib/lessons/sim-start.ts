/**
 * A lesson simulation's starting point and the scenario its task solutions reach, validated.
 * Runs at build time and in tests, not on the page (see ./sim.ts).
 */
import { merge, type Json } from '../scenario/json';
import { defaultScenario, parseScenario, scenarioOrThrow, withPreset } from '../scenario/parse';
import { findPreset } from '../scenario/presets';
import { LIMITS, type Scenario } from '../scenario/schema';
import { createSimStore, type SimStart } from './sim';
import type { LessonSim } from './types';

/** The preset, then the sim's own scenario laid over it (arrays such as `services` replace whole). */
export function simStart(sim: LessonSim): SimStart {
  const preset = sim.preset ? findPreset(sim.preset) : undefined;
  if (sim.preset && !preset) throw new Error(`Simulation ${sim.id}: unknown preset "${sim.preset}"`);
  const base = withPreset(preset);
  return {
    scenario: scenarioOrThrow(merge(base, (sim.scenario ?? {}) as Json)),
    catalog: {
      defaults: defaultScenario(),
      presets: preset ? { [preset.id]: scenarioOrThrow(base) } : {},
      maxServiceGroups: LIMITS.services,
    },
  };
}

/** The scenario a reader reaches by following a task's solution through the controls; throws at a refused step. */
export function scenarioAfter(sim: LessonSim, steps: LessonSim['tasks'][number]['solution']): Scenario {
  const store = createSimStore(sim, simStart(sim));
  for (const step of steps) {
    store.getState().setKnob(step.path, step.value);
    const r = parseScenario(store.getState().scenario);
    if (!r.ok)
      throw new Error(`Simulation ${sim.id}: ${step.path} = ${String(step.value)} is refused: ${r.error.message}`);
  }
  return store.getState().scenario;
}
