/**
 * The validated scenarios the lab starts from: the defaults and every preset with its defaults
 * filled in. Built where the validator may run (at build time, in Node, in the worker) and handed
 * to the page as data, so the page's main thread never loads the validator.
 */
import { defaultScenario, scenarioOrThrow, withPreset } from '../scenario/parse';
import { PRESETS } from '../scenario/presets';
import { LIMITS } from '../scenario/schema';
import type { LabCatalog } from './store';

export function labCatalog(): LabCatalog {
  const defaults = defaultScenario();
  const presets = Object.fromEntries(PRESETS.map((p) => [p.id, scenarioOrThrow(withPreset(p))]));
  return { defaults, presets, maxServiceGroups: LIMITS.services };
}
