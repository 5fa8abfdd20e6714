'use client';

import { Link } from '@/components/ui/Link';
import type { LessonTasks } from '@/lib/lessons/course';
import { countTasksDone, isRead, quizAnswer } from '@/lib/lessons/progress';
import { dismissLessonNotices, useLessonProgress, useLessonProgressState } from './useProgress';

/**
 * One segment per lesson, filled once read, the current one outlined. The stored progress arrives
 * after hydration; the bar's size never changes, so nothing moves. On the course page (no current
 * lesson) it also summarises the lesson quizzes and points to the whole progress view on /study.
 */
export function CourseProgress({ lessons, current }: { lessons: LessonTasks[]; current?: string }) {
  const { progress, notice, saveError } = useLessonProgressState();
  const read = lessons.filter((l) => isRead(progress, l.slug)).length;
  const tasks = lessons.reduce((n, l) => n + l.taskIds.length, 0);
  const tasksDone = lessons.reduce((n, l) => n + countTasksDone(progress, l.slug, l.taskIds), 0);
  const quizzes = lessons.filter((l) => quizAnswer(progress, l.slug) !== null).length;
  return (
    <div data-course-progress>
      <ol className="flex gap-1" aria-hidden="true">
        {lessons.map((l) => (
          <li
            key={l.slug}
            title={l.title}
            className={`h-2 flex-1 rounded-full ${isRead(progress, l.slug) ? 'bg-good' : 'bg-border'} ${l.slug === current ? 'ring-2 ring-fg ring-offset-1 ring-offset-bg' : ''}`}
          />
        ))}
      </ol>
      <p className="mt-2 text-sm text-muted tabular-nums">
        {read} of {lessons.length} lessons read · {tasksDone} of {tasks} tasks done
        {current ? null : ` · ${quizzes} of ${lessons.length} lesson quizzes answered`}
      </p>
      {current ? null : (
        <p className="mt-1 text-sm">
          <Link href="/study#progress" className="font-medium underline underline-offset-4">
            All your progress
          </Link>
          <span className="text-muted">
            : lessons, checks, flashcards and quiz rounds in one view, to export or import.
          </span>
        </p>
      )}
      {notice ? (
        <p role="status" data-testid="lesson-progress-notice" className="mt-2 text-sm text-bad">
          {notice}
        </p>
      ) : null}
      {saveError ? <SaveError text={saveError} /> : null}
    </div>
  );
}

/**
 * A failed save happens where the reader is (a task, the lesson's end), not at the top of the page:
 * pinned to the bottom of the viewport, so it is seen wherever they scrolled.
 */
function SaveError({ text }: { text: string }) {
  return (
    <div
      role="alert"
      data-testid="lesson-save-error"
      className="fixed inset-x-3 bottom-3 z-50 mx-auto flex max-w-2xl flex-wrap items-center justify-between gap-3 rounded-card border border-bad/40 bg-surface p-4 text-fg shadow-lg"
    >
      <p>{text}</p>
      <button type="button" className="lab-chip" onClick={dismissLessonNotices}>
        Dismiss
      </button>
    </div>
  );
}

/** A lesson's own line on the course list: read or not, and its tasks done. */
export function LessonStatus({ lesson }: { lesson: LessonTasks }) {
  const progress = useLessonProgress();
  const done = countTasksDone(progress, lesson.slug, lesson.taskIds);
  const read = isRead(progress, lesson.slug);
  return (
    <p className="mt-2 text-sm text-muted tabular-nums" data-lesson-status={lesson.slug}>
      <span className={read ? 'font-semibold text-good' : ''}>{read ? '✓ Read' : 'Not read yet'}</span>
      {lesson.taskIds.length ? ` · ${done} of ${lesson.taskIds.length} tasks done` : null}
    </p>
  );
}
