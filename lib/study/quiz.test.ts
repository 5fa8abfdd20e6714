import { describe, expect, it } from 'vitest';
import { scenarioOrThrow } from '../scenario/parse';
import { runScenario } from '../run/run';
import type { Report } from '../sim/report';
import { choiceProblems } from '../quiz/choice';
import {
  answerOptions,
  isCorrect,
  predictScenario,
  QUESTIONS,
  statedRight,
  verdictFor,
  type PredictQuestion,
} from './quiz';

const choice = QUESTIONS.filter((q) => q.kind === 'choice');
const predict = QUESTIONS.filter((q): q is PredictQuestion => q.kind === 'predict');

describe('quiz', () => {
  it('has unique ids and both kinds of question', () => {
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
    expect(choice.length).toBeGreaterThanOrEqual(8);
    expect(predict.length).toBeGreaterThanOrEqual(4);
  });

  it.each(choice.map((q) => [q.id, q] as const))('%s: exactly one correct option, every option explained', (_id, q) => {
    if (q.kind !== 'choice') throw new Error('unreachable');
    expect(choiceProblems(q)).toEqual([]);
    q.options.forEach((o, i) => expect(isCorrect(q, String(i)), o.text).toBe(o.correct));
  });

  it.each(predict.map((q) => [q.id, q] as const))('%s: the stated answer is what the simulation shows', (_id, q) => {
    for (const v of ['pull', 'push', 'tie'] as const) expect(q.why[v].length).toBeGreaterThan(20);
    const report = runScenario(scenarioOrThrow(predictScenario(q)))!;
    expect(verdictFor(q.figure, report)).toBe(q.expected);
    expect(isCorrect(q, q.expected, report)).toBe(true);
  });
});

describe('verdictFor', () => {
  const report = (pull: number, push: number) =>
    ({ pull: { missedSampleRatio: pull }, push: { missedSampleRatio: push } }) as unknown as Report;

  it('names the side with more, and calls values within 10 % a tie', () => {
    expect(verdictFor('missed', report(0.5, 0.1))).toBe('pull');
    expect(verdictFor('missed', report(0.1, 0.5))).toBe('push');
    expect(verdictFor('missed', report(0.5, 0.46))).toBe('tie');
    expect(verdictFor('missed', report(0.5, 0.44))).toBe('pull');
    expect(verdictFor('missed', report(0, 0))).toBe('tie');
  });

  it('judges predict answers by the report, not by the stated expectation', () => {
    const q = predict.find((p) => p.figure === 'missed')!;
    expect(isCorrect(q, 'push', report(0, 1))).toBe(true);
    expect(isCorrect(q, q.expected, report(0, 1))).toBe(q.expected === 'push');
  });
});

describe('answerOptions', () => {
  it('gives a choice its options by position, and the stated right one', () => {
    const q = choice[0];
    if (q.kind !== 'choice') throw new Error('unreachable');
    const options = answerOptions(q);
    expect(options.map((o) => o.text)).toEqual(q.options.map((o) => o.text));
    expect(options.map((o) => o.id)).toEqual(q.options.map((_, i) => String(i)));
    expect(q.options[Number(statedRight(q))].correct).toBe(true);
  });

  it('gives a predict question the three verdicts and leaves the right one to its run', () => {
    const q = predict[0];
    expect(answerOptions(q).map((o) => [o.id, o.text, o.why])).toEqual([
      ['pull', 'Pull has more', q.why.pull],
      ['push', 'Push has more', q.why.push],
      ['tie', 'About the same', q.why.tie],
    ]);
    expect(statedRight(q)).toBeNull();
  });
});
