/** The committed results file: what `npm run validate` measured, and on what. */
import type { MetricResult } from './compare';

export const RESULTS_VERSION = 2;

export interface ScenarioResult {
  name: string;
  title: string;
  /** The scenario as given to both sides (with `onCrash` where the real side models it). */
  scenario: Record<string, unknown>;
  simulatorKnowsOnCrash: boolean;
  /** Items of the plan whose outcome is settled inside the run, on which the figures are based. */
  samples: { jobs: number; runs: number; crashes: number };
  metrics: MetricResult[];
  wallSec: number;
  /** Anything the harness noticed that a reader should know (failed pushes, late timers). */
  warnings: string[];
  /** What the harness checked on the real side (e.g. how restarts were seen), for the reader. */
  notes: string[];
}

export interface ValidationResults {
  version: typeof RESULTS_VERSION;
  generatedAt: string;
  command: string;
  /** Intervals shown are at this confidence; a metric differs when its test's p-value < alpha. */
  confidence: number;
  alpha: number;
  /** Simulated runs per scenario, each with its own scrape phases (the model's mean and spread). */
  phaseDraws: number;
  wallSec: number;
  software: { prometheus: string; pushgateway: string; node: string };
  machine: { cpu: string; cores: number; os: string };
  scenarios: ScenarioResult[];
}

/** Worst verdict of a scenario, for a one-word summary. */
export function scenarioVerdict(s: ScenarioResult): 'agree' | 'differ' | 'partial' {
  if (s.metrics.some((m) => m.verdict === 'differ')) return 'differ';
  return s.metrics.every((m) => m.verdict === 'agree') ? 'agree' : 'partial';
}
