/**
 * Every lesson's interactive data, by slug. A lesson without an entry here (or without prose in
 * components/lessons/content/index.ts) is shown as "coming soon"; lib/lessons/data/content.test.ts
 * checks every entry, so a new lesson only needs adding here.
 */
import type { LessonData } from '../types';
import { pullInPractice } from './pull-in-practice';
import { serviceDiscovery } from './service-discovery';
import { twoModels } from './two-models';

export const LESSON_DATA: Partial<Record<string, LessonData>> = {
  'two-models': twoModels,
  'pull-in-practice': pullInPractice,
  'service-discovery': serviceDiscovery,
};

export const lessonData = (slug: string): LessonData | undefined => LESSON_DATA[slug];
