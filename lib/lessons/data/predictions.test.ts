import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { choiceProblems, rightIndex } from '../../quiz/choice';
import { runScenario } from '../../run/run';
import { findSim } from '../sim';
import { scenarioAfter } from '../sim-start';
import { band, largerSide } from './predict-helpers';
import { LESSON_DATA } from '.';

/* "Predict, then see": every stated answer is the one the simulation gives, and each lesson's prose embeds its predictions. */

const lessons = Object.values(LESSON_DATA).filter((l) => l!.predictions?.length);
const cases = lessons.flatMap((l) => l!.predictions!.map((p) => [`${l!.slug}/${p.id}`, l!, p] as const));

describe('predictions', () => {
  it('appear in at least six lessons, with ids unique per lesson', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(6);
    for (const l of lessons) expect(new Set(l!.predictions!.map((p) => p.id)).size).toBe(l!.predictions!.length);
  });

  it.each(cases)('%s: a sound question whose right option is what the simulation shows', (_k, lesson, p) => {
    expect(choiceProblems(p)).toEqual([]);
    const sim = findSim(lesson, p.sim);
    expect(sim, `simulation ${p.sim}`).toBeDefined();
    const report = runScenario(scenarioAfter(sim!, p.setting))!;
    expect(p.answer(report)).toBe(rightIndex(p));
  });

  it.each(cases)('%s: is placed in the lesson’s prose', (_k, lesson, p) => {
    const mdx = readFileSync(
      new URL(`../../../components/lessons/content/${lesson.slug}.mdx`, import.meta.url),
      'utf8',
    );
    expect(mdx).toContain(`<Predict id="${p.id}" />`);
    // Before the simulation that answers it.
    expect(mdx.indexOf(`<Predict id="${p.id}" />`)).toBeLessThan(mdx.indexOf(`<Sim id="${p.sim}" />`));
  });
});

describe('predict helpers', () => {
  it('band: below the first bound is 0, at a bound moves up', () => {
    expect(band(0.05, [0.1, 0.45])).toBe(0);
    expect(band(0.1, [0.1, 0.45])).toBe(1);
    expect(band(0.9, [0.1, 0.45])).toBe(2);
  });

  it('largerSide: within 10 % is a tie', () => {
    expect(largerSide(0.5, 0.1)).toBe(0);
    expect(largerSide(0.1, 0.5)).toBe(1);
    expect(largerSide(0.5, 0.46)).toBe(2);
    expect(largerSide(0, 0)).toBe(2);
  });
});
