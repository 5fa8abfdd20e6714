/**
 * Scoring the diagnostic: one point per topic, and the gain per topic from the latest check before
 * the course (form A) to the latest check after it (form B).
 */
import { DIAGNOSTIC, type Form } from './questions';
import { DIAG_TOPICS, type DiagTopicId } from './topics';

/** One finished check: whether each question of its form was answered right. */
export interface Attempt {
  form: Form;
  /** Wall-clock time the check was finished, ms since the epoch. */
  finishedAtMs: number;
  /** Question id → answered right. */
  answers: Record<string, boolean>;
}

export interface Score {
  correct: number;
  total: number;
  /** Topic → right (true), wrong (false), or not in this attempt (null). */
  byTopic: Record<DiagTopicId, boolean | null>;
}

export function scoreAttempt(a: Attempt): Score {
  const byTopic: Record<DiagTopicId, boolean | null> = {};
  for (const t of DIAG_TOPICS) byTopic[t.id] = null;
  let correct = 0;
  let total = 0;
  for (const q of DIAGNOSTIC) {
    if (q.form !== a.form || !(q.id in a.answers)) continue;
    const right = a.answers[q.id];
    byTopic[q.topic] = right;
    total += 1;
    if (right) correct += 1;
  }
  return { correct, total, byTopic };
}

/** The most recent attempt of a form, or null. */
export function latest(history: readonly Attempt[], form: Form): Attempt | null {
  let best: Attempt | null = null;
  for (const a of history) if (a.form === form && (!best || a.finishedAtMs >= best.finishedAtMs)) best = a;
  return best;
}

export interface TopicGain {
  topic: DiagTopicId;
  /** 1 right, 0 wrong, null not answered. */
  pre: number | null;
  post: number | null;
  /** post − pre: 1 learned, 0 unchanged, −1 forgotten; null until both checks are taken. */
  gain: number | null;
}

const point = (v: boolean | null | undefined) => (v === null || v === undefined ? null : v ? 1 : 0);

export function topicGains(pre: Attempt | null, post: Attempt | null): TopicGain[] {
  const before = pre ? scoreAttempt(pre).byTopic : {};
  const after = post ? scoreAttempt(post).byTopic : {};
  return DIAG_TOPICS.map(({ id }) => {
    const p = point(before[id]);
    const q = point(after[id]);
    return { topic: id, pre: p, post: q, gain: p === null || q === null ? null : q - p };
  });
}

/** Topics the attempt got wrong, in course order: where to go next. */
export function weakTopics(a: Attempt): DiagTopicId[] {
  const { byTopic } = scoreAttempt(a);
  return DIAG_TOPICS.filter((t) => byTopic[t.id] === false).map((t) => t.id);
}
