'use client';

import dynamic from 'next/dynamic';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { KnobControl } from '@/components/lab/controls/KnobControl';
import { FiguresTable } from '@/components/lab/FiguresTable';
import { LabStoreContext, useLab } from '@/components/lab/LabStoreContext';
import { RunStatus } from '@/components/lab/RunStatus';
import { useSimulationWorker } from '@/components/lab/useSimulationWorker';
import { Link } from '@/components/ui/Link';
import type { KnobId } from '@/lib/lab/path';
import type { LabStore } from '@/lib/lab/store';
import { lessonData } from '@/lib/lessons/data';
import { createSimStore, DEFAULT_FIGURES, findSim, simControls, type SimStart } from '@/lib/lessons/sim';
import type { LessonSim, LessonTask } from '@/lib/lessons/types';
import { PublishScenario } from './PublishScenario';
import { encodeScenario } from '@/lib/scenario/url';

const ResultCharts = dynamic(() => import('@/components/lab/charts/ResultCharts'), {
  ssr: false,
  loading: () => <div className="h-96" />,
});
const GatewayStoreChart = dynamic(
  () => import('@/components/network/GatewayStoreChart').then((m) => m.GatewayStoreChart),
  { ssr: false, loading: () => <div className="h-52" /> },
);
const FleetTimeline = dynamic(
  () => import('@/components/network/FleetTimelineWithNetwork').then((m) => m.FleetTimelineWithNetwork),
  {
    ssr: false,
    loading: () => <div className="h-80" />,
  },
);

/**
 * The machinery of a lesson simulation, loaded only once the reader scrolls to it: its own lab
 * store, the worker (while `running`), the sim's knobs with its tasks beside them (under them on
 * phones), figures, optional views, and the lab link.
 */
export default function LiveSimulation({
  slug,
  simId,
  start,
  running,
  onMet,
  tasks,
}: {
  slug: string;
  simId: string;
  start: SimStart;
  running: boolean;
  /** Called with the ids of the tasks the current report satisfies. */
  onMet: (taskIds: string[]) => void;
  /** The task list, drawn beside the controls it is about. */
  tasks: ReactNode;
}) {
  const sim = findSim(lessonData(slug), simId);
  if (!sim) throw new Error(`Lesson ${slug} has no simulation "${simId}"`);
  return <Simulation sim={sim} start={start} running={running} onMet={onMet} tasks={tasks} />;
}

function Simulation({
  sim,
  start,
  running,
  onMet,
  tasks,
}: {
  sim: LessonSim;
  start: SimStart;
  running: boolean;
  onMet: (ids: string[]) => void;
  tasks: ReactNode;
}) {
  const [store] = useState(() => createSimStore(sim, start));
  return (
    <LabStoreContext.Provider value={store}>
      {running ? <Runner store={store} /> : null}
      <TaskWatcher tasks={sim.tasks} onMet={onMet} />
      <PublishScenario simId={sim.id} />
      {/* Halves: a slider needs no more, and a wider task column wraps its labels into fewer lines. */}
      <div className="md:grid md:grid-cols-2 md:items-start">
        <Controls paths={sim.knobs} />
        <div className="border-y border-border md:self-stretch md:border-y-0 md:border-l">{tasks}</div>
      </div>
      <Results sim={sim} />
      <Actions />
    </LabStoreContext.Provider>
  );
}

/** Mounted only while the simulation is near the viewport: off-screen, no worker runs. */
function Runner({ store }: { store: StoreApi<LabStore> }) {
  useSimulationWorker(store);
  return null;
}

function TaskWatcher({ tasks, onMet }: { tasks: LessonTask[]; onMet: (ids: string[]) => void }) {
  // Only a report for the current settings may tick a task.
  const report = useLab((s) => (s.reportRunId === s.runId ? s.report : null));
  useEffect(() => {
    if (report) onMet(tasks.filter((t) => t.done(report)).map((t) => t.id));
  }, [report, tasks, onMet]);
  return null;
}

function Controls({ paths }: { paths: KnobId[] }) {
  const scenario = useLab((s) => s.scenario);
  const controls = useMemo(() => simControls(scenario, paths), [scenario, paths]);
  return (
    <div className="grid gap-x-6 px-4 sm:grid-cols-2 md:grid-cols-1">
      {controls.map((c) => (
        <KnobControl key={c.path} path={c.path} knob={c.knob} labelPrefix={c.group ?? undefined} foldHelp />
      ))}
    </div>
  );
}

function Results({ sim }: { sim: LessonSim }) {
  const { figures = DEFAULT_FIGURES, views = [], charts = [] } = sim;
  const report = useLab((s) => s.report);
  const stale = useLab((s) => s.reportRunId !== s.runId);
  return (
    <div className="group space-y-4 px-4 pt-2 pb-4" data-results aria-busy={stale}>
      <RunStatus />
      {report ? (
        <>
          {/* Full width of the card on narrow phones, where the table needs every pixel of a 360 px screen. */}
          <div className="-mx-4 sm:mx-0 max-sm:[&>div]:rounded-none max-sm:[&>div]:border-x-0">
            <FiguresTable report={report} only={figures} />
          </div>
          {charts.length ? <ResultCharts report={report} only={charts} /> : null}
          {views.includes('gateway-store') ? <GatewayStoreChart report={report} /> : null}
          {views.includes('timeline') ? <FleetTimeline report={report} initialZoom={sim.zoom} keyCollapsed /> : null}
        </>
      ) : (
        <div className="h-32 rounded-card border border-border bg-surface-2" />
      )}
    </div>
  );
}

function Actions() {
  const scenario = useLab((s) => s.scenario);
  const presetId = useLab((s) => s.presetId);
  const resetAll = useLab((s) => s.resetAll);
  const query = encodeScenario(scenario, presetId);
  return (
    <div className="flex flex-wrap gap-2 border-t border-border px-4 py-3">
      <button type="button" className="lab-chip" onClick={resetAll}>
        Reset
      </button>
      <Link className="lab-chip" href={query ? `/lab?${query}` : '/lab'}>
        Open this in the lab
      </Link>
    </div>
  );
}
