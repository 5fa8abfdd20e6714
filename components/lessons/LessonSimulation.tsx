'use client';

import dynamic from 'next/dynamic';
import { useCallback, useId, useRef, useState, type CSSProperties } from 'react';
import { markTask } from '@/lib/lessons/progress';
import type { SimStart } from '@/lib/lessons/sim';
import type { LessonView } from '@/lib/lessons/types';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { TaskList, type TaskOutline } from './TaskList';
import { updateLessonProgress } from './useProgress';
import { useViewport } from './useViewport';

/** What the server tells the page about a simulation: everything but the functions. */
export interface SimOutline {
  id: string;
  caption: string;
  knobCount: number;
  figureCount: number;
  views: readonly LessonView[];
  chartCount: number;
  tasks: TaskOutline[];
  start: SimStart;
}

const LiveSimulation = dynamic(() => import('./LiveSimulation'), { ssr: false });

/**
 * Reserved height until the simulation loads, so nothing below it jumps: knobs (one column on
 * phones, two from `sm`) with the tasks under them, or one column beside the tasks from `md`; then
 * the figures table, the optional views and the action row.
 */
function reservedHeight(o: SimOutline): CSSProperties {
  // A knob is about 7 rem tall: label, control and padding (its help folds behind a "?").
  const knobsRem = (columns: number) => Math.ceil(o.knobCount / columns) * 7;
  const tasksRem = 3 + o.tasks.length * 4.5;
  const rest =
    3 +
    (o.figureCount + 1) * 2.75 +
    4 +
    o.chartCount * 15 +
    (o.views.includes('gateway-store') ? 13 : 0) +
    (o.views.includes('timeline') ? 20 : 0);
  return {
    '--sim-h': `${knobsRem(1) + tasksRem + rest}rem`,
    '--sim-h-sm': `${knobsRem(2) + tasksRem + rest}rem`,
    '--sim-h-md': `${Math.max(knobsRem(1), tasksRem) + rest}rem`,
  } as CSSProperties;
}

/**
 * A lesson's embedded simulation: a static frame with its task list at first, the live machinery
 * once the reader scrolls near it (the task list then sits beside its controls), and the worker
 * paused again whenever it leaves the viewport.
 */
export function LessonSimulation({ slug, outline }: { slug: string; outline: SimOutline }) {
  const ref = useRef<HTMLElement>(null);
  const { near, reached } = useViewport(ref);
  const [met, setMet] = useState<readonly string[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const captionId = useId();
  const { tasks } = outline;
  const onMet = useCallback(
    (ids: string[]) => {
      setMet(ids);
      // Announce only tasks done for the first time, not ones restored from an earlier visit.
      const fresh = ids.filter((id) => updateLessonProgress((p) => markTask(p, slug, id)));
      const lines = tasks.filter((t) => fresh.includes(t.id)).map((t) => `${t.label}. ${t.outcome}`);
      if (lines.length) setAnnouncement(`Task done: ${lines.join(' ')}`);
    },
    [slug, tasks],
  );
  const taskList = <TaskList slug={slug} tasks={tasks} met={met} announcement={announcement} />;
  return (
    <section
      ref={ref}
      aria-labelledby={captionId}
      data-sim={outline.id}
      data-loaded={reached || undefined}
      className="my-10 overflow-hidden rounded-card border border-border bg-surface"
    >
      <div className="border-b border-border bg-surface-2 px-4 py-3">
        <p className="text-xs font-semibold tracking-wide text-muted uppercase">Try it</p>
        <p id={captionId} className="font-semibold text-pretty">
          {outline.caption}
        </p>
      </div>
      <div className="min-h-(--sim-h) sm:min-h-(--sim-h-sm) md:min-h-(--sim-h-md)" style={reservedHeight(outline)}>
        {reached ? (
          <ErrorBoundary feature="This simulation">
            <LiveSimulation
              slug={slug}
              simId={outline.id}
              start={outline.start}
              running={near}
              onMet={onMet}
              tasks={taskList}
            />
          </ErrorBoundary>
        ) : (
          <>
            <p className="p-4 text-sm text-muted">The simulation starts when you scroll to it.</p>
            <div className="border-t border-border">{taskList}</div>
          </>
        )}
      </div>
    </section>
  );
}
