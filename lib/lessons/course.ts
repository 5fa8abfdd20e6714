/** The course as the progress views need it: each lesson's title and task ids, in order. */
import { LESSONS } from './catalogue';
import { LESSON_DATA } from './data';

export interface LessonTasks {
  slug: string;
  title: string;
  taskIds: string[];
}

export const courseTasks = (): LessonTasks[] =>
  LESSONS.map((l) => ({
    slug: l.slug,
    title: l.title,
    taskIds: LESSON_DATA[l.slug]?.sims.flatMap((s) => s.tasks.map((t) => t.id)) ?? [],
  }));
