import { isArtifactKind } from '@/lib/lessons/artifact-kind';
import { lessonArtifact } from '@/lib/lessons/artifacts';
import type { LessonSim } from '@/lib/lessons/types';
import { LiveArtifact } from './LiveArtifact';

/** A real artifact for a lesson simulation: rendered at build time for its starting settings, then live. */
export function ArtifactBlock({ kind, sim }: { kind: string; sim: LessonSim | undefined }) {
  const artifact = sim && isArtifactKind(kind) ? lessonArtifact(sim, kind) : undefined;
  // The content tests catch this; a lesson in progress should still build.
  if (!sim || !isArtifactKind(kind) || !artifact)
    return <p className="my-6 text-bad">This artifact is not available for the simulation.</p>;
  return <LiveArtifact simId={sim.id} kind={kind} initial={artifact} />;
}
