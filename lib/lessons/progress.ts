/**
 * The reader's progress through the course, as kept in localStorage: which lessons were read to the
 * end and which tasks were ever completed. Pure: the browser side (components/lessons/useProgress)
 * only reads and writes the string.
 */
import { z } from 'zod';

export const PROGRESS_VERSION = 1;
export const PROGRESS_STORAGE_KEY = 'pushpull-lab:progress';

const progressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  lessonsRead: z.array(z.string()),
  /** "slug/taskId": task ids are only unique within a lesson. */
  tasksDone: z.array(z.string()),
});

export type Progress = z.infer<typeof progressSchema>;

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, lessonsRead: [], tasksDone: [] });

/**
 * Reads stored progress. Anything unreadable (bad JSON, an old version, a wrong shape) starts over
 * rather than breaking the course; `reset` says that happened.
 */
export function parseProgress(raw: string | null): { progress: Progress; reset: boolean } {
  if (raw === null) return { progress: emptyProgress(), reset: false };
  try {
    const r = progressSchema.safeParse(JSON.parse(raw));
    if (r.success)
      return {
        progress: {
          ...r.data,
          lessonsRead: [...new Set(r.data.lessonsRead)],
          tasksDone: [...new Set(r.data.tasksDone)],
        },
        reset: false,
      };
  } catch {
    // fall through: not JSON
  }
  return { progress: emptyProgress(), reset: true };
}

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
