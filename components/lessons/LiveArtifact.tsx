'use client';

import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { Artifact } from '@/lib/artifacts';
import type { ArtifactKind } from '@/lib/lessons/artifact-kind';
import { liveScenarios } from '@/lib/lessons/live-scenarios';
import type { Scenario } from '@/lib/scenario/schema';
import { CopyButton } from '../ui/CopyButton';
import { useIdleValue } from '../ui/useIdleValue';

/** Lines an artifact shows before "Show all": enough to see its shape, not a wall of text. */
const EXCERPT_LINES = 8;

/** The artifact for the scenario the simulation last ran; the builders load only once it has run. */
function useLiveArtifact(simId: string, kind: ArtifactKind, initial: Artifact) {
  const scenario = useIdleValue(useStore(liveScenarios, (s) => s[simId] ?? null));
  const [built, setBuilt] = useState<{ scenario: Scenario; artifact: Artifact | undefined } | null>(null);
  useEffect(() => {
    if (!scenario) return;
    let current = true;
    void import('@/lib/lessons/artifact-kind').then((m) => {
      if (current) setBuilt({ scenario, artifact: m.scenarioArtifact(scenario, kind) });
    });
    return () => {
      current = false;
    };
  }, [scenario, kind]);
  return built ? { artifact: built.artifact, live: true } : { artifact: initial, live: false };
}

/**
 * A real artifact beside a lesson simulation: built from the settings the simulation last ran, so
 * it follows the knobs; a short excerpt until the reader asks for all of it. Collapsed, the listing
 * scrolls inside its box, so it stays readable (and copyable whole) without JavaScript.
 */
export function LiveArtifact({ simId, kind, initial }: { simId: string; kind: ArtifactKind; initial: Artifact }) {
  const { artifact, live } = useLiveArtifact(simId, kind, initial);
  const [expanded, setExpanded] = useState(false);
  const listingId = `artifact-${simId}-${kind}`;
  const shown = artifact ?? initial;
  const lines = shown.content.split('\n').length;
  const long = lines > EXCERPT_LINES;
  return (
    <figure
      className="my-8 overflow-hidden rounded-card border border-border bg-surface"
      data-artifact={kind}
      data-live={live || undefined}
    >
      <figcaption className="flex flex-wrap items-start justify-between gap-3 border-b border-border px-4 py-3">
        <div className="min-w-0 flex-1 basis-60">
          <p className="font-mono text-sm font-semibold break-words">{shown.title}</p>
          <p className="mt-1 text-sm text-muted">
            {shown.description} Built from the simulation’s settings: it follows the knobs as you move them.
          </p>
        </div>
        {artifact ? <CopyButton text={artifact.content} label={`Copy ${artifact.title}`} /> : null}
      </figcaption>
      {artifact ? (
        <>
          <pre
            id={listingId}
            tabIndex={0}
            aria-label={artifact.title}
            style={expanded || !long ? undefined : { maxHeight: `calc(${EXCERPT_LINES}lh + 2rem)` }}
            className="overflow-auto p-4 text-xs leading-relaxed"
          >
            <code>{artifact.content}</code>
          </pre>
          {long ? (
            <div className="border-t border-border px-4 py-2">
              <button
                type="button"
                aria-expanded={expanded}
                aria-controls={listingId}
                onClick={() => setExpanded((e) => !e)}
                className="lab-chip px-3"
              >
                {expanded ? 'Show less' : `Show all ${lines} lines`}
              </button>
            </div>
          ) : null}
        </>
      ) : (
        <p className="px-4 py-3 text-sm text-muted" data-artifact-missing>
          The simulation’s current settings produce no {shown.title}; put the knobs back to see it again.
        </p>
      )}
    </figure>
  );
}
