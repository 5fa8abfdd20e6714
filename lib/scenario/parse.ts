import { merge, type Json } from './json';
import { migrateScenario } from './migrate';
import type { Preset } from './presets';
import { scenarioSchema, type Scenario } from './schema';

/** One problem with one field, by dotted path (`pull.scrapeTimeoutSec`, `services.1.kind`). */
export interface FieldIssue {
  path: string;
  message: string;
}

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
  const issues = r.error.issues.map((i) => ({
    path: i.path.map(String).join('.'),
    message: i.code === 'unrecognized_keys' ? `unknown field(s): ${i.keys.join(', ')}` : i.message,
  }));
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
