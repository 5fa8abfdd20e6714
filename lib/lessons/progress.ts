/**
 * The reader's progress through the course, as kept in localStorage: which lessons were read to the
 * end, which tasks were ever completed, and the last answer checked in each lesson's quiz. Pure: the browser side (components/lessons/useProgress)
 * keeps it through the storage wrapper in lib/storage.ts, as study progress is kept.
 */
import type { Codec, Loaded, Section } from '../storage';
import type { LessonTasks } from './course';

/** 2 added `quizAnswers`; version 1 data loads as it was, with no answers. */
export const LESSON_PROGRESS_VERSION = 2;
export const LESSON_PROGRESS_KEY = 'pushpull-lab:progress';

export interface LessonProgress {
  version: typeof LESSON_PROGRESS_VERSION;
  lessonsRead: string[];
  /** "slug/taskId": task ids are only unique within a lesson. */
  tasksDone: string[];
  /** Lesson slug → the index of the quiz option last checked there. */
  quizAnswers: Record<string, number>;
}

export const emptyLessonProgress = (): LessonProgress => ({
  version: LESSON_PROGRESS_VERSION,
  lessonsRead: [],
  tasksDone: [],
  quizAnswers: {},
});

export const taskKey = (slug: string, taskId: string): string => `${slug}/${taskId}`;

export const isRead = (p: LessonProgress, slug: string): boolean => p.lessonsRead.includes(slug);

export const isTaskDone = (p: LessonProgress, slug: string, taskId: string): boolean =>
  p.tasksDone.includes(taskKey(slug, taskId));

export const countTasksDone = (p: LessonProgress, slug: string, taskIds: readonly string[]): number =>
  taskIds.filter((id) => isTaskDone(p, slug, id)).length;

/** Returns `p` itself when nothing changes, so callers can skip a write. */
export function markRead(p: LessonProgress, slug: string): LessonProgress {
  return isRead(p, slug) ? p : { ...p, lessonsRead: [...p.lessonsRead, slug] };
}

export function markTask(p: LessonProgress, slug: string, taskId: string): LessonProgress {
  return isTaskDone(p, slug, taskId) ? p : { ...p, tasksDone: [...p.tasksDone, taskKey(slug, taskId)] };
}

export const quizAnswer = (p: LessonProgress, slug: string): number | null => p.quizAnswers[slug] ?? null;

export function saveQuizAnswer(p: LessonProgress, slug: string, option: number): LessonProgress {
  return quizAnswer(p, slug) === option ? p : { ...p, quizAnswers: { ...p.quizAnswers, [slug]: option } };
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

const NOT_OURS = 'it is not course progress';

/** Quiz answers as stored; entries that are not an option index are dropped, the rest kept. */
function decodeAnswers(v: unknown): Record<string, number> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return {};
  return Object.fromEntries(
    Object.entries(v).filter((e): e is [string, number] => Number.isInteger(e[1]) && e[1] >= 0),
  );
}

/**
 * Stored JSON → progress; never throws. Checked by hand, not with zod: the shape is four fields,
 * and every returning reader's lesson page would otherwise load a 23 KiB validator just for them.
 * A newer version never reaches here: the storage wrapper keeps it aside.
 */
function decode(data: unknown): { ok: true; value: LessonProgress } | { ok: false; reason: string } {
  if (typeof data !== 'object' || data === null || !('version' in data)) return { ok: false, reason: NOT_OURS };
  if (data.version !== 1 && data.version !== LESSON_PROGRESS_VERSION)
    return { ok: false, reason: 'its version is unknown' };
  if (
    !('lessonsRead' in data) ||
    !isStringArray(data.lessonsRead) ||
    !('tasksDone' in data) ||
    !isStringArray(data.tasksDone)
  )
    return { ok: false, reason: 'it is damaged' };
  return {
    ok: true,
    value: {
      version: LESSON_PROGRESS_VERSION,
      lessonsRead: [...new Set(data.lessonsRead)],
      tasksDone: [...new Set(data.tasksDone)],
      // Version 1 had no answers: its reader keeps everything else and starts with none.
      quizAnswers: 'quizAnswers' in data ? decodeAnswers(data.quizAnswers) : {},
    },
  };
}

export const LESSON_CODEC: Codec<LessonProgress> = {
  key: LESSON_PROGRESS_KEY,
  version: LESSON_PROGRESS_VERSION,
  empty: emptyLessonProgress,
  decode,
};

/** Course progress in the one stored document (lib/storage.ts). */
export const LESSON_SECTION: Section<LessonProgress> = { name: 'lessons', codec: LESSON_CODEC };

/** What the reader is told about how their stored progress loaded; null when there is nothing to say. */
export function lessonLoadNotice(loaded: Loaded<LessonProgress>): string | null {
  if (loaded.status === 'reset')
    return `Your saved course progress could not be read (${loaded.reason}), so it starts again from here.`;
  if (loaded.status === 'newer')
    return `Your course progress was saved by a newer version of this site (v${loaded.version}). It is kept as it is: what you do on this page is not saved.`;
  return null;
}

/** One lesson's line in the progress view. */
export interface LessonRow {
  slug: string;
  title: string;
  read: boolean;
  tasksDone: number;
  tasks: number;
  /** The last answer checked in its quiz: right, wrong, or none yet. */
  quiz: 'right' | 'wrong' | null;
}

/** The course as the learner has done it; `rightOption` gives each lesson quiz's right option. */
export function courseRows(
  p: LessonProgress,
  lessons: readonly LessonTasks[],
  rightOption: (slug: string) => number | null,
): LessonRow[] {
  return lessons.map((l) => {
    const answer = quizAnswer(p, l.slug);
    const right = rightOption(l.slug);
    return {
      slug: l.slug,
      title: l.title,
      read: isRead(p, l.slug),
      tasksDone: countTasksDone(p, l.slug, l.taskIds),
      tasks: l.taskIds.length,
      quiz: answer === null || right === null ? null : answer === right ? 'right' : 'wrong',
    };
  });
}
