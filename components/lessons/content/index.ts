/**
 * Lesson prose by slug, loaded at build time (MDX compiles to static HTML). A slug missing here,
 * or from lib/lessons/data, is shown as "coming soon".
 */
import type { MDXContent } from 'mdx/types';

type Loader = () => Promise<{ default: MDXContent }>;

export const LESSON_CONTENT: Partial<Record<string, Loader>> = {
  'two-models': () => import('./two-models.mdx'),
  'pull-in-practice': () => import('./pull-in-practice.mdx'),
  'service-discovery': () => import('./service-discovery.mdx'),
  'short-lived-jobs': () => import('./short-lived-jobs.mdx'),
  'push-in-practice': () => import('./push-in-practice.mdx'),
  reachability: () => import('./reachability.mdx'),
  'load-and-overload': () => import('./load-and-overload.mdx'),
  'time-and-truth': () => import('./time-and-truth.mdx'),
  hybrid: () => import('./hybrid.mdx'),
  summary: () => import('./summary.mdx'),
};
