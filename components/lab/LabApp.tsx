'use client';

import dynamic from 'next/dynamic';
import { memo, useState } from 'react';
import { timelineCsv } from '@/lib/lab/csv';
import { createLabStore, type LabCatalog } from '@/lib/lab/store';
import type { Report } from '@/lib/sim/report';
import { ErrorBoundary, type Recovery } from '../ui/ErrorBoundary';
import { useIdleValue } from '../ui/useIdleValue';
import { WhenVisible } from '../ui/WhenVisible';
import { ExportForPrometheus } from '../validation/ExportForPrometheus';
import { downloadBlob } from './charts/exportPng';
import { ArtifactsPanel } from './ArtifactsPanel';
import { ControlsPanel } from './controls/ControlsPanel';
import { FiguresTable } from './FiguresTable';
import { LabNotices } from './LabNotices';
import { LabStoreContext, useLab } from './LabStoreContext';
import { LabToolbar } from './LabToolbar';
import { RunStatus } from './RunStatus';
import { useSimulationWorker } from './useSimulationWorker';
import { useUrlSync } from './useUrlSync';
import { VerdictCard } from './VerdictCard';

// recharts and the timeline are the heavy parts: load them after the page is interactive.
const ResultCharts = dynamic(() => import('./charts/ResultCharts'), {
  ssr: false,
  loading: () => <Placeholder label="Loading charts…" height="h-96" />,
});
const FleetTimeline = dynamic(
  () => import('../network/FleetTimelineWithNetwork').then((m) => m.FleetTimelineWithNetwork),
  {
    ssr: false,
    loading: () => <Placeholder label="Loading timeline…" height="h-80" />,
  },
);

function Placeholder({ label, height }: { label: string; height: string }) {
  return (
    <div
      className={`flex ${height} items-center justify-center rounded-card border border-border bg-surface text-sm text-muted`}
    >
      {label}
    </div>
  );
}

/** The scenario lives in the URL: opening the bare page starts again from the defaults. */
const LAB_RECOVERY: Recovery = {
  label: 'Open the lab with default settings',
  run: () => {
    window.location.assign(window.location.pathname);
    return false;
  },
};

/** The lab, with a failure kept inside it: the page header and footer go on working. */
export function LabApp(props: { catalog: LabCatalog; initialReport?: Report }) {
  return (
    <ErrorBoundary feature="The lab" recovery={LAB_RECOVERY}>
      <Lab {...props} />
    </ErrorBoundary>
  );
}

/** The whole lab: one store, a worker that runs it, the URL that shares it, and the views. */
function Lab({ catalog, initialReport }: { catalog: LabCatalog; initialReport?: Report }) {
  const [store] = useState(() => createLabStore({ catalog, report: initialReport }));
  useSimulationWorker(store, { openLink: true });
  useUrlSync(store);
  return (
    <LabStoreContext.Provider value={store}>
      <div className="space-y-4">
        <LabToolbar />
        <LabNotices />
      </div>
      <div className="mt-6 grid gap-6 lg:grid-cols-[22rem_minmax(0,1fr)] lg:items-start">
        <div className="space-y-4 lg:sticky lg:top-20 lg:max-h-[calc(100dvh-6rem)] lg:overflow-y-auto lg:pr-1">
          <h2 className="sr-only">Settings</h2>
          <ControlsPanel />
        </div>
        <div className="min-w-0">
          <Results />
        </div>
      </div>
    </LabStoreContext.Provider>
  );
}

/** Figures and charts follow each report at once; the timeline and artifacts when the browser is idle. */
function Results() {
  const report = useLab((s) => s.report);
  if (!report)
    return (
      <div className="space-y-4">
        <RunStatus />
        <Placeholder label="Running the first simulation…" height="h-64" />
      </div>
    );
  return (
    <StaleMarker>
      <Summary report={report} />
      <Views report={report} />
    </StaleMarker>
  );
}

/** Marks the figures as out of date while a newer run computes, without re-rendering them. */
function StaleMarker({ children }: { children: React.ReactNode }) {
  const stale = useLab((s) => s.reportRunId !== s.runId);
  return (
    <div className="group space-y-4" data-results aria-busy={stale}>
      {children}
    </div>
  );
}

const Summary = memo(function Summary({ report }: { report: Report }) {
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <RunStatus />
        <button
          type="button"
          className="lab-chip px-3"
          onClick={() => downloadBlob(new Blob([timelineCsv(report)], { type: 'text/csv' }), 'pushpull-timeline.csv')}
        >
          Export CSV
        </button>
        <ExportForPrometheus report={report} />
      </div>
      <VerdictCard report={report} />
      <section aria-labelledby="figures-title">
        <h2 id="figures-title" className="sr-only">
          Figures
        </h2>
        <FiguresTable report={report} />
      </section>
    </>
  );
});

const Views = memo(function Views({ report }: { report: Report }) {
  // The timeline is the costliest view and rarely the one being watched while a slider moves.
  const timelineReport = useIdleValue(report);
  // Each view paints (and, off-screen, lays out) on its own: a redrawn chart repaints only itself.
  return (
    <>
      <WhenVisible
        className="defer-render"
        placeholder={<Placeholder label="Charts" height="h-[46rem] sm:h-[34rem]" />}
      >
        <section aria-labelledby="charts-title" data-charts>
          <h2 id="charts-title" className="sr-only">
            Charts
          </h2>
          <ResultCharts report={report} />
        </section>
      </WhenVisible>
      <WhenVisible className="defer-render" placeholder={<Placeholder label="Fleet timeline" height="h-[60rem]" />}>
        {/* A report computed ahead carries no trace; the worker's first run brings one. */}
        {timelineReport.trace.length ? (
          <FleetTimeline report={timelineReport} />
        ) : (
          <Placeholder label="Sampling instances…" height="h-[60rem]" />
        )}
      </WhenVisible>
      <WhenVisible className="defer-render" placeholder={<Placeholder label="The real configuration" height="h-96" />}>
        <ArtifactsPanel />
      </WhenVisible>
    </>
  );
});
