/**
 * The real artifact an MDX `<Artifact kind sim>` shows: lib/artifacts' text for a scenario of the
 * sim, first its starting one (at build time), then whatever the learner's knobs make it.
 */
import { buildArtifacts, type Artifact } from '../artifacts';
import type { Scenario } from '../scenario/schema';
import { simStart } from './sim-start';
import type { LessonSim } from './types';

const ARTIFACT_IDS = {
  'prometheus-config': 'prometheus-config',
  metrics: 'exposition',
  statsd: 'statsd',
  cloudwatch: 'cloudwatch',
  pushgateway: 'pushgateway',
  otlp: 'otlp',
} as const;

export type ArtifactKind = keyof typeof ARTIFACT_IDS;

export const isArtifactKind = (kind: string): kind is ArtifactKind => kind in ARTIFACT_IDS;

/**
 * Undefined when the scenario has no such artifact: statsd needs `push.protocol: 'statsd'`,
 * cloudwatch and otlp need 'http', pushgateway needs `pull.pushgateway` and a short-lived group.
 */
export function scenarioArtifact(scenario: Scenario, kind: ArtifactKind): Artifact | undefined {
  return buildArtifacts(scenario).find((a) => a.id === ARTIFACT_IDS[kind]);
}

/** The artifact for the sim's starting settings, as the page is built. */
export function lessonArtifact(sim: LessonSim, kind: ArtifactKind): Artifact | undefined {
  return scenarioArtifact(simStart(sim).scenario, kind);
}
