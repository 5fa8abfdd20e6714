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
};
