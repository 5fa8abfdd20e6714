/**
 * The reader's progress through the course, as kept in localStorage: which lessons were read to the
 * end and which tasks were ever completed. Pure: the browser side (components/lessons/useProgress)
 * only reads and writes the string.
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

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * Reads stored progress. Anything unreadable (bad JSON, an old version, a wrong shape) starts over
 * rather than breaking the course; `reset` says that happened. Checked by hand, not with zod: the
 * shape is three fields, and every returning reader's lesson page would otherwise load a 23 KiB
 * validator just for them.
 */
export function parseProgress(raw: string | null): { progress: Progress; reset: boolean } {
  if (raw === null) return { progress: emptyProgress(), reset: false };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), reset: true };
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    !('version' in data) ||
    data.version !== PROGRESS_VERSION ||
    !('lessonsRead' in data) ||
    !isStringArray(data.lessonsRead) ||
    !('tasksDone' in data) ||
    !isStringArray(data.tasksDone)
  )
    return { progress: emptyProgress(), reset: true };
  return {
    progress: {
      version: PROGRESS_VERSION,
      lessonsRead: [...new Set(data.lessonsRead)],
      tasksDone: [...new Set(data.tasksDone)],
    },
    reset: false,
  };
}
