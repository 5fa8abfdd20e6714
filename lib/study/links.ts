/**
 * Every study claim points at the lesson or lab preset that demonstrates it. Links are data
 * (a slug or a preset id), so a test can prove each one resolves before the page ships.
 */
import { LESSONS } from '../lessons/catalogue';
import { findPreset } from '../scenario/presets';

export type StudyLink = { lesson: string } | { preset: string };

export function linkHref(link: StudyLink): string {
  return 'lesson' in link ? `/lessons/${link.lesson}` : `/lab?preset=${link.preset}`;
}

/** A short, human label: the lesson title or "Lab: <preset name>". */
export function linkLabel(link: StudyLink): string {
  if ('lesson' in link) return LESSONS.find((l) => l.slug === link.lesson)?.title ?? link.lesson;
  return `Lab: ${findPreset(link.preset)?.name ?? link.preset}`;
}

/** True when the target exists: a lesson in the catalogue or a lab preset. */
export function linkResolves(link: StudyLink): boolean {
  return 'lesson' in link ? LESSONS.some((l) => l.slug === link.lesson) : findPreset(link.preset) !== undefined;
}

/** Shorthands that keep the content files readable. */
export const lesson = (slug: string): StudyLink => ({ lesson: slug });
export const preset = (id: string): StudyLink => ({ preset: id });
