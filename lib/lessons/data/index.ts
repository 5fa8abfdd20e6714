/**
 * Every lesson's interactive data, by slug. A lesson without an entry here (or without prose in
 * components/lessons/content/index.ts) is shown as "coming soon"; lib/lessons/data/content.test.ts
 * checks every entry, so a new lesson only needs adding here.
 */
import type { LessonData } from '../types';
import { lesson as hybrid } from './hybrid';
import { lesson as loadAndOverload } from './load-and-overload';
import { pullInPractice } from './pull-in-practice';
import { lesson as pushInPractice } from './push-in-practice';
import { lesson as reachability } from './reachability';
import { serviceDiscovery } from './service-discovery';
import { lesson as shortLivedJobs } from './short-lived-jobs';
import { lesson as summary } from './summary';
import { lesson as timeAndTruth } from './time-and-truth';
import { twoModels } from './two-models';

export const LESSON_DATA: Partial<Record<string, LessonData>> = {
  'two-models': twoModels,
  'pull-in-practice': pullInPractice,
  'service-discovery': serviceDiscovery,
  'short-lived-jobs': shortLivedJobs,
  'push-in-practice': pushInPractice,
  reachability,
  'load-and-overload': loadAndOverload,
  'time-and-truth': timeAndTruth,
  hybrid,
  summary,
};

export const lessonData = (slug: string): LessonData | undefined => LESSON_DATA[slug];
