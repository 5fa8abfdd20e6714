/**
 * Why the worker refused a scenario, in the lab's own words: the validator names fields by path
 * (`resolutionSec`), the learner knows them by their controls ("Chart bucket").
 */
import type { FieldIssue } from '../scenario/parse';
import type { Scenario } from '../scenario/schema';
import { knobsFor } from './knobs';
import { positionalPath } from './path';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function describeRefusal(issues: readonly FieldIssue[], scenario: Scenario): string {
  // Longest paths first, and whole paths only, so `services.1.count` never eats `services.11.count`.
  // The validator names a service field by position (`services.1.count`), as the scenario holds it.
  const names = knobsFor(scenario)
    .map((k) => ({ path: positionalPath(scenario, k.path) ?? k.path, k }))
    .map(({ path, k }) => ({
      pattern: new RegExp(`(?<![\\w.])${escape(path)}(?![\\w.])`, 'g'),
      name: k.group === 'Fleet' ? `${k.title}: ${k.knob.label}` : k.knob.label,
      length: path.length,
    }))
    .sort((a, b) => b.length - a.length);
  const plain = (text: string) => names.reduce((t, n) => t.replace(n.pattern, n.name), text);
  return issues.map((i) => `${i.path ? plain(i.path) : 'The scenario'} ${plain(i.message)}`).join('; ');
}
