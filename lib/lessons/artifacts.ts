/**
 * The artifact an MDX `<Artifact kind sim>` shows at build time: the sim's starting settings. The
 * page then rebuilds it from the learner's settings through ./artifact-kind.ts, which needs no validator.
 */
import type { Artifact } from '../artifacts';
import { scenarioArtifact, type ArtifactKind } from './artifact-kind';
import { simStart } from './sim-start';
import type { LessonSim } from './types';

/** The artifact for the sim's starting settings, as the page is built. */
export function lessonArtifact(sim: LessonSim, kind: ArtifactKind): Artifact | undefined {
  return scenarioArtifact(simStart(sim).scenario, kind);
}
