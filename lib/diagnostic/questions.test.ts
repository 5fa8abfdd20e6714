import { describe, expect, it } from 'vitest';
import { choiceProblems } from '../quiz/choice';
import { scenarioOrThrow } from '../scenario/parse';
import { findPreset } from '../scenario/presets';
import { runScenario } from '../run/run';
import { DECK, TOPICS } from '../study/deck';
import { linkResolves } from '../study/links';
import { verdictFor } from '../study/quiz';
import { LESSONS } from '../lessons/catalogue';
import { DIAGNOSTIC, formQuestions, type DiagPredict } from './questions';
import { DIAG_TOPICS } from './topics';

describe('diagnostic mapping', () => {
  it('has one topic per lesson, in course order', () => {
    expect(DIAG_TOPICS.map((t) => t.id)).toEqual(LESSONS.map((l) => l.slug));
  });

  it.each(DIAG_TOPICS.map((t) => [t.id, t] as const))('%s: one A and one B question of the same kind', (id) => {
    const qs = DIAGNOSTIC.filter((q) => q.topic === id);
    expect(qs.map((q) => q.form).sort()).toEqual(['A', 'B']);
    expect(qs[0].kind).toBe(qs[1].kind);
  });

  it.each(DIAG_TOPICS.map((t) => [t.id, t] as const))('%s: lesson, preset and cards exist', (_id, t) => {
    expect(linkResolves({ lesson: t.id })).toBe(true);
    expect(findPreset(t.preset)).toBeDefined();
    expect(t.cards.length).toBeGreaterThan(0);
    for (const c of t.cards) {
      expect(c in TOPICS).toBe(true);
      expect(DECK.some((card) => card.topic === c)).toBe(true);
    }
  });

  it('gives each form 10–14 questions, mixing both kinds, with unique ids', () => {
    expect(new Set(DIAGNOSTIC.map((q) => q.id)).size).toBe(DIAGNOSTIC.length);
    for (const form of ['A', 'B'] as const) {
      const qs = formQuestions(form);
      expect(qs.length).toBeGreaterThanOrEqual(10);
      expect(qs.length).toBeLessThanOrEqual(14);
      expect(new Set(qs.map((q) => q.kind))).toEqual(new Set(['choice', 'predict']));
    }
  });

  it('never asks the same question twice across the forms', () => {
    const texts = DIAGNOSTIC.map((q) => q.question);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it.each(DIAGNOSTIC.filter((q) => q.kind === 'choice').map((q) => [q.id, q] as const))(
    '%s: exactly one right option, every option explained',
    (_id, q) => {
      if (q.kind !== 'choice') throw new Error('unreachable');
      expect(choiceProblems(q)).toEqual([]);
    },
  );
});

const predict = DIAGNOSTIC.filter((q): q is DiagPredict => q.kind === 'predict');

describe('predict answers come from the simulation', () => {
  it.each(predict.map((q) => [q.id, q] as const))('%s', (_id, q) => {
    for (const v of ['pull', 'push', 'tie'] as const) expect(q.why[v].length).toBeGreaterThan(20);
    const report = runScenario(scenarioOrThrow(q.scenario))!;
    expect(verdictFor(q.figure, report)).toBe(q.expected);
  });

  it('pairs each A with a B asking about the same figure, so the forms are equivalent', () => {
    for (const a of predict.filter((q) => q.form === 'A')) {
      const b = predict.find((q) => q.form === 'B' && q.topic === a.topic)!;
      expect(b.figure).toBe(a.figure);
      expect(b.scenario).not.toEqual(a.scenario);
    }
  });
});
