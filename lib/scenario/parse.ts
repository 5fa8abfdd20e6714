import { boundedList, printable } from '../text/bounded';
import { merge, type Json } from './json';
import { migrateScenario } from './migrate';
import type { Preset } from './presets';
import { scenarioSchema, type Scenario } from './schema';

/**
 * One problem with one field, by dotted path (`pull.scrapeTimeoutSec`, `services.1.kind`), in words
 * for a person. An issue of `kind: 'unknown-keys'` also lists, for code, the fields at `path` the
 * format does not have; any other issue (a bad value, or the budget's) has no kind.
 */
export type FieldIssue =
  | { kind?: undefined; path: string; message: string }
  | { kind: 'unknown-keys'; path: string; message: string; keys: string[] };

/** Every bad field of a scenario at once, so a person can fix them all in one go. */
export class ScenarioError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(formatIssues(issues));
    this.name = 'ScenarioError';
  }
}

export type ParseResult = { ok: true; scenario: Scenario; notices: string[] } | { ok: false; error: ScenarioError };

export function formatIssues(issues: FieldIssue[]): string {
  const head = issues.length === 1 ? 'Invalid scenario: 1 problem' : `Invalid scenario: ${issues.length} problems`;
  return [head, ...issues.map((i) => `  ${i.path || '(scenario)'}: ${i.message}`)].join('\n');
}

/** Validates and fills defaults. Never throws: bad input comes back as a ScenarioError. */
export function parseScenario(input: unknown): ParseResult {
  const { input: current, notices } = migrateScenario(input);
  const r = scenarioSchema.safeParse(current);
  if (r.success) return { ok: true, scenario: r.data, notices };
  const issues = r.error.issues.map((i): FieldIssue => {
    const path = i.path.map(String).join('.');
    if (i.code !== 'unrecognized_keys') return { path, message: i.message };
    // The message quotes input, so it is bounded; `keys` keeps every name whole.
    const names = boundedList(i.keys.map((k) => printable(k, 40)));
    return { kind: 'unknown-keys', path, message: `unknown field(s): ${names}`, keys: i.keys };
  });
  return { ok: false, error: new ScenarioError(issues) };
}

/** For code that built its input itself and treats a bad one as a bug. */
export function scenarioOrThrow(input: unknown): Scenario {
  const r = parseScenario(input);
  if (!r.ok) throw r.error;
  return r.scenario;
}

export const defaultScenario = (): Scenario => scenarioOrThrow({});

/** The defaults with a preset's scenario laid over them, not yet validated (the defaults alone without one). */
export function withPreset(preset: Preset | undefined): Json {
  const defaults = defaultScenario() as unknown as Json;
  return preset ? merge(defaults, preset.scenario as unknown as Json) : defaults;
}
