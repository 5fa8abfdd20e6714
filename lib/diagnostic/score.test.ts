import { describe, expect, it } from 'vitest';
import { formQuestions } from './questions';
import { latest, scoreAttempt, topicGains, weakTopics, type Attempt } from './score';
import { DIAG_TOPICS } from './topics';

const A = formQuestions('A');
const B = formQuestions('B');
const attempt = (form: 'A' | 'B', rightTopics: string[], finishedAtMs = 0): Attempt => ({
  form,
  finishedAtMs,
  answers: Object.fromEntries((form === 'A' ? A : B).map((q) => [q.id, rightTopics.includes(q.topic)])),
});

describe('scoring', () => {
  it('counts one point per topic answered right', () => {
    const s = scoreAttempt(attempt('A', ['two-models', 'hybrid']));
    expect(s).toMatchObject({ correct: 2, total: 10 });
    expect(s.byTopic['two-models']).toBe(true);
    expect(s.byTopic['reachability']).toBe(false);
  });

  it('ignores answers to the other form’s questions', () => {
    const a = attempt('A', ['two-models']);
    a.answers[B[0].id] = true;
    expect(scoreAttempt(a)).toMatchObject({ correct: 1, total: 10 });
  });

  it('gains per topic: +1 learned, 0 unchanged, −1 forgotten', () => {
    const g = topicGains(attempt('A', ['two-models', 'hybrid']), attempt('B', ['hybrid', 'summary']));
    const by = Object.fromEntries(g.map((r) => [r.topic, r.gain]));
    expect(by['summary']).toBe(1);
    expect(by['hybrid']).toBe(0);
    expect(by['reachability']).toBe(0);
    expect(by['two-models']).toBe(-1);
    expect(g).toHaveLength(DIAG_TOPICS.length);
  });

  it('has no gain until both checks are taken', () => {
    expect(topicGains(attempt('A', []), null).every((r) => r.gain === null && r.pre === 0 && r.post === null)).toBe(
      true,
    );
  });

  it('uses the latest attempt of each form', () => {
    const h = [attempt('A', [], 1), attempt('A', ['hybrid'], 3), attempt('B', [], 2)];
    expect(latest(h, 'A')?.finishedAtMs).toBe(3);
    expect(latest(h, 'B')?.finishedAtMs).toBe(2);
    expect(latest([], 'B')).toBeNull();
  });

  it('lists the wrong topics in course order', () => {
    const all = DIAG_TOPICS.map((t) => t.id);
    expect(weakTopics(attempt('B', all.slice(1)))).toEqual([all[0]]);
  });
});
