'use client';

import { useLab } from './LabStoreContext';

/** Whether the figures are current: computing (with progress), done (with time), or failed. */
export function RunStatus() {
  const run = useLab((s) => s.run);
  if (run.phase === 'error')
    return (
      <p role="alert" className="rounded-card border border-bad/40 bg-surface p-4 text-sm">
        <strong className="text-bad">This scenario cannot run.</strong> {run.message}
      </p>
    );
  const pct = run.phase === 'running' ? Math.round(run.progress * 100) : 100;
  return (
    <div className="flex items-center gap-3 text-sm text-muted">
      <div
        className="h-1.5 w-32 overflow-hidden rounded-full bg-surface-2"
        role="progressbar"
        aria-label="Simulation progress"
        aria-valuenow={pct}
        aria-valuemin={0}
        aria-valuemax={100}
      >
        <div className="h-full bg-fg transition-[width]" style={{ width: `${pct}%` }} />
      </div>
      <span>
        {run.phase === 'running'
          ? `Simulating… ${pct}%`
          : run.phase === 'done'
            ? `Simulated in ${Math.max(1, Math.round(run.wallMs))} ms`
            : ''}
      </span>
    </div>
  );
}
