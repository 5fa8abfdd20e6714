'use client';

import { isTaskDone } from '@/lib/lessons/progress';
import { useLessonProgress } from './useProgress';

export interface TaskOutline {
  id: string;
  label: string;
  hint: string;
  /** What the reader made happen, shown once the current settings meet the task. */
  outcome: string;
}

/**
 * The tasks beside a simulation's controls. A task is done once the simulation has met it, now or on
 * an earlier visit; one the current settings meet also says, in one line, what the reader just made
 * happen. `announcement` tells screen readers about one that just ticked.
 */
export function TaskList({
  slug,
  tasks,
  met,
  announcement,
}: {
  slug: string;
  tasks: TaskOutline[];
  met: readonly string[];
  announcement: string;
}) {
  const progress = useLessonProgress();
  const done = tasks.filter((t) => met.includes(t.id) || isTaskDone(progress, slug, t.id));
  return (
    <div className="px-4 py-4" data-tasks>
      <div className="flex items-baseline justify-between gap-2">
        <h3 className="font-semibold">Tasks</h3>
        <p className="text-sm text-muted tabular-nums">
          {done.length} of {tasks.length} done
        </p>
      </div>
      <ul className="mt-2 space-y-3">
        {tasks.map((t) => {
          const isDone = done.includes(t);
          const metNow = met.includes(t.id);
          return (
            <li key={t.id} data-task={t.id} data-done={isDone || undefined} className="flex gap-3">
              <span
                aria-hidden="true"
                className={`mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full border text-sm font-bold transition-colors motion-reduce:transition-none ${isDone ? 'border-good bg-good text-bg' : 'border-border'}`}
              >
                {isDone ? '✓' : ''}
              </span>
              <div className="min-w-0">
                <p className={isDone && !metNow ? 'text-muted' : ''}>
                  {t.label}
                  <span className="sr-only">{isDone ? ' (done)' : ' (not done yet)'}</span>
                </p>
                {metNow ? (
                  <p className="mt-1 border-l-2 border-good pl-2 text-sm text-pretty" data-outcome>
                    <strong className="text-good">Done. </strong>
                    {t.outcome}
                  </p>
                ) : null}
                <details className="group mt-1 text-sm text-muted">
                  {/* inline-flex drops the native marker, so the chevron says it opens. */}
                  <summary className="inline-flex min-h-11 cursor-pointer items-center gap-1 font-semibold text-fg sm:min-h-8">
                    <span
                      aria-hidden="true"
                      className="inline-block transition-transform group-open:rotate-90 motion-reduce:transition-none"
                    >
                      ▸
                    </span>
                    Hint
                  </summary>
                  <p className="mt-1">{t.hint}</p>
                </details>
              </div>
            </li>
          );
        })}
      </ul>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
