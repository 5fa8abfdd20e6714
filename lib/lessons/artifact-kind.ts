/**
 * Which real artifact an MDX `<Artifact kind sim>` shows, and building it for a scenario. Free of
 * the validator, so a lesson page can load it to follow the learner's knobs (zod stays in the worker).
 */
import { buildArtifacts, type Artifact } from '../artifacts';
import type { Scenario } from '../scenario/schema';

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
