import { isArtifactKind, lessonArtifact } from '@/lib/lessons/artifacts';
import type { LessonSim } from '@/lib/lessons/types';
import { CopyButton } from '../ui/CopyButton';

/** A real artifact for a lesson simulation's starting settings, rendered at build time, copyable. */
export function ArtifactBlock({ kind, sim }: { kind: string; sim: LessonSim | undefined }) {
  const artifact = sim && isArtifactKind(kind) ? lessonArtifact(sim, kind) : undefined;
  // The content tests catch this; a lesson in progress should still build.
  if (!artifact) return <p className="my-6 text-bad">This artifact is not available for the simulation.</p>;
  const listingId = `artifact-${sim?.id}-${kind}`;
  return (
    <figure className="my-8 overflow-hidden rounded-card border border-border bg-surface" data-artifact={kind}>
      <figcaption className="flex flex-wrap items-start justify-between gap-3 border-b border-border px-4 py-3">
        <div className="min-w-0 flex-1 basis-60">
          <p className="font-mono text-sm font-semibold break-words">{artifact.title}</p>
          <p className="mt-1 text-sm text-muted">
            {artifact.description} Shown for the simulation’s starting settings.
          </p>
        </div>
        <CopyButton sourceId={listingId} label={`Copy ${artifact.title}`} />
      </figcaption>
      <pre
        id={listingId}
        tabIndex={0}
        aria-label={artifact.title}
        className="max-h-96 overflow-auto p-4 text-xs leading-relaxed"
      >
        <code>{artifact.content}</code>
      </pre>
    </figure>
  );
}
