'use client';

import { useMemo, useState } from 'react';
import { buildArtifacts } from '@/lib/artifacts';
import { CopyButton } from '../ui/CopyButton';
import { useIdleValue } from '../ui/useIdleValue';
import { useLab } from './LabStoreContext';

/** The real configuration and payloads behind the current settings, each copyable. */
export function ArtifactsPanel() {
  // The last run's scenario, not the one being edited: the worker has validated it (an edit in
  // progress can be invalid), and rebuilding every artifact on each slider step is wasted work.
  const scenario = useIdleValue(useLab((s) => s.report?.scenario ?? null));
  const artifacts = useMemo(() => (scenario ? buildArtifacts(scenario) : []), [scenario]);
  const [chosen, setChosen] = useState<string | null>(null);
  const current = artifacts.find((a) => a.id === chosen) ?? artifacts[0];
  if (!current) return null;
  return (
    <section aria-labelledby="artifacts-title" className="rounded-card border border-border bg-surface p-4">
      <h2 id="artifacts-title" className="font-semibold">
        The real thing
      </h2>
      <p className="text-sm text-muted">
        What these settings look like in the real systems: paste them into Prometheus, a Pushgateway, StatsD or AWS.
      </p>
      <div role="tablist" aria-label="Artifacts" className="mt-3 flex flex-wrap gap-2">
        {artifacts.map((a) => (
          <button
            key={a.id}
            id={`artifact-tab-${a.id}`}
            type="button"
            role="tab"
            aria-selected={a.id === current.id}
            aria-controls="artifact-panel"
            tabIndex={a.id === current.id ? 0 : -1}
            onClick={() => setChosen(a.id)}
            onKeyDown={(e) => {
              const i = artifacts.findIndex((x) => x.id === current.id);
              const next =
                e.key === 'ArrowRight'
                  ? artifacts[(i + 1) % artifacts.length]
                  : e.key === 'ArrowLeft'
                    ? artifacts[(i - 1 + artifacts.length) % artifacts.length]
                    : null;
              if (next) {
                e.preventDefault();
                setChosen(next.id);
                document.getElementById(`artifact-tab-${next.id}`)?.focus();
              }
            }}
            className={`lab-chip px-3 ${a.id === current.id ? 'border-fg bg-fg text-bg hover:bg-fg' : ''}`}
          >
            {a.title}
          </button>
        ))}
      </div>
      <div id="artifact-panel" role="tabpanel" aria-labelledby={`artifact-tab-${current.id}`} className="mt-3">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <p className="max-w-prose text-sm text-muted">{current.description}</p>
          <CopyButton text={current.content} label={`Copy ${current.title}`} />
        </div>
        <pre
          tabIndex={0}
          aria-label={current.title}
          className="mt-2 max-h-96 overflow-auto rounded-lg bg-surface-2 p-3 text-xs leading-relaxed"
        >
          <code>{current.content}</code>
        </pre>
      </div>
    </section>
  );
}
