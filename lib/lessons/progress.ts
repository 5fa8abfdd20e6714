/**
 * The reader's progress through the course, as kept in localStorage: which lessons were read to the
 * end and which tasks were ever completed. Pure: the browser side (components/lessons/useProgress)
 * only reads and writes the string. Reading a stored string is in progress-schema.ts, apart, so
 * that its validator loads only when stored progress is read.
 */
export const PROGRESS_VERSION = 1;
export const PROGRESS_STORAGE_KEY = 'pushpull-lab:progress';

export interface Progress {
  version: typeof PROGRESS_VERSION;
  lessonsRead: string[];
  /** "slug/taskId": task ids are only unique within a lesson. */
  tasksDone: string[];
}

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, lessonsRead: [], tasksDone: [] });

export const taskKey = (slug: string, taskId: string): string => `${slug}/${taskId}`;

export const isRead = (p: Progress, slug: string): boolean => p.lessonsRead.includes(slug);

export const isTaskDone = (p: Progress, slug: string, taskId: string): boolean =>
  p.tasksDone.includes(taskKey(slug, taskId));

export const countTasksDone = (p: Progress, slug: string, taskIds: readonly string[]): number =>
  taskIds.filter((id) => isTaskDone(p, slug, id)).length;

/** Returns `p` itself when nothing changes, so callers can skip a write. */
export function markRead(p: Progress, slug: string): Progress {
  return isRead(p, slug) ? p : { ...p, lessonsRead: [...p.lessonsRead, slug] };
}

export function markTask(p: Progress, slug: string, taskId: string): Progress {
  return isTaskDone(p, slug, taskId) ? p : { ...p, tasksDone: [...p.tasksDone, taskKey(slug, taskId)] };
}
