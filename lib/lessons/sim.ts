/**
 * A lesson simulation's store and controls, derived from its LessonSim entry. Shared by the
 * lesson components, the content tests and the e2e walk, so all three agree on what a reader sees.
 * Validation-free, for the page: the starting scenario is worked out ahead (./sim-start.ts).
 */
import type { FigureId } from '../figures/registry';
import { knobsFor, type Knob } from '../lab/knobs';
import type { KnobId } from '../lab/path';
import { createLabStore, type LabCatalog } from '../lab/store';
import type { Scenario } from '../scenario/schema';
import type { LessonData, LessonSim } from './types';

/** Figures a simulation shows when its entry names none. */
export const DEFAULT_FIGURES: readonly FigureId[] = ['missed', 'never-seen', 'load-mean'];

/** Where a simulation starts, validated ahead: its scenario, and the catalogue its lab link refers to. */
export interface SimStart {
  scenario: Scenario;
  /** The defaults and the sim's preset, if it has one. */
  catalog: LabCatalog;
}

/** A lab store that starts at the sim's scenario and treats it as the baseline for "changed" and Reset. */
export function createSimStore(sim: LessonSim, start: SimStart) {
  return createLabStore({
    catalog: start.catalog,
    scenario: start.scenario,
    baseline: start.scenario,
    presetId: sim.preset ?? null,
  });
}

export interface SimControl {
  path: KnobId;
  knob: Knob;
  /** The control's accessible name: a service knob names its group, as in the lab ("api: Instances"). */
  name: string;
  /** The service group a knob belongs to, for the visible label prefix. */
  group: string | null;
}

/**
 * The sim's knobs that exist for this scenario, in the sim's order (some knobs depend on others).
 * A lesson shows its knobs without the lab's group headings, so two groups' knobs with one label
 * (lesson 6: "Behind NAT or firewall" for sensors and gateways) carry the group in the visible label.
 */
export function simControls(scenario: Scenario, paths: readonly KnobId[]): SimControl[] {
  const all = knobsFor(scenario);
  const found = paths.flatMap((path) => all.filter((x) => x.path === path));
  const labelCount = new Map<string, number>();
  for (const k of found) labelCount.set(k.knob.label, (labelCount.get(k.knob.label) ?? 0) + 1);
  return found.map((k) => {
    const group = k.group === 'Fleet' ? k.title : null;
    const name = group ? `${group}: ${k.knob.label}` : k.knob.label;
    if (group && labelCount.get(k.knob.label)! > 1)
      return { path: k.path, knob: { ...k.knob, label: name }, name, group: null };
    return { path: k.path, knob: k.knob, name, group };
  });
}

export function findSim(data: LessonData | undefined, id: string): LessonSim | undefined {
  return data?.sims.find((s) => s.id === id);
}
