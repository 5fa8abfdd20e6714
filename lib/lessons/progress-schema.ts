/** The stored form of the course progress, validated on every read (see progress.ts). */
// zod/mini: the same schemas, smaller, for a module lesson pages load in the browser.
import * as z from 'zod/mini';
import { emptyProgress, PROGRESS_VERSION, type Progress } from './progress';

const progressSchema: z.ZodMiniType<Progress> = z.object({
  version: z.literal(PROGRESS_VERSION),
  lessonsRead: z.array(z.string()),
  tasksDone: z.array(z.string()),
});

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
