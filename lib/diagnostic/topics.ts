/**
 * The diagnostic's topics: one per lesson, in course order. Each names where a learner who got it
 * wrong should go next: the lesson, one lab preset that shows it, and the flashcard topics to drill.
 */
import { LESSONS } from '../lessons/catalogue';
import type { Topic as CardTopic } from '../study/deck';

export interface DiagTopic {
  /** The lesson slug: one topic per lesson. */
  id: string;
  preset: string;
  cards: readonly CardTopic[];
}

export const DIAG_TOPICS: readonly DiagTopic[] = [
  { id: 'two-models', preset: 'kubernetes', cards: ['models'] },
  { id: 'pull-in-practice', preset: 'kubernetes', cards: ['scrape', 'up'] },
  { id: 'service-discovery', preset: 'kubernetes', cards: ['discovery'] },
  { id: 'short-lived-jobs', preset: 'ci-serverless', cards: ['pushgateway'] },
  { id: 'push-in-practice', preset: 'flaky-network', cards: ['push-tools'] },
  { id: 'reachability', preset: 'iot-nat', cards: ['firewalls'] },
  { id: 'load-and-overload', preset: 'thundering-herd', cards: ['overload'] },
  { id: 'time-and-truth', preset: 'drifting-clocks', cards: ['time', 'staleness'] },
  { id: 'hybrid', preset: 'pushgateway-right', cards: ['remote-write', 'collector'] },
  { id: 'summary', preset: 'kubernetes', cards: ['choosing'] },
];

export type DiagTopicId = string;

/** The topic's lesson title, for headings and links. */
export function topicTitle(id: DiagTopicId): string {
  return LESSONS.find((l) => l.slug === id)?.title ?? id;
}

/** 1-based lesson number, as the course shows it. */
export function topicLessonNumber(id: DiagTopicId): number {
  return LESSONS.findIndex((l) => l.slug === id) + 1;
}
