/**
 * Lessons 4–10: every task is false where its simulation starts and true once its solution is
 * applied through the lesson's own controls, with values a slider or select can actually take.
 */
import { describe, expect, it } from 'vitest';
import { figureRows } from '../../lab/figures';
import { knobsFor, type Knob } from '../../lab/knobs';
import { writeKnob, type KnobId } from '../../lab/path';
import { parseScenario, withPreset } from '../../scenario/parse';
import { findPreset } from '../../scenario/presets';
import type { Scenario } from '../../scenario/schema';
import { merge } from '../../scenario/json';
import { runScenario } from '../../run/run';
import { LESSONS } from '../catalogue';
import type { LessonData, LessonSim, TaskStep } from '../types';
import { lesson as hybrid } from './hybrid';
import { lesson as loadAndOverload } from './load-and-overload';
import { lesson as pushInPractice } from './push-in-practice';
import { lesson as reachability } from './reachability';
import { lesson as shortLivedJobs } from './short-lived-jobs';
import { lesson as summary } from './summary';
import { lesson as timeAndTruth } from './time-and-truth';

const LESSONS_4_TO_10: LessonData[] = [
  shortLivedJobs,
  pushInPractice,
  reachability,
  loadAndOverload,
  timeAndTruth,
  hybrid,
  summary,
];

type Json = Parameters<typeof merge>[0];

function valid(input: unknown): Scenario {
  const r = parseScenario(input);
  if (!r.ok) throw r.error;
  return r.scenario;
}

/** Defaults, then the preset, then the sim's own scenario: what the lesson shows first. */
function startScenario(sim: LessonSim): Scenario {
  const preset = sim.preset ? findPreset(sim.preset) : undefined;
  if (sim.preset && !preset) throw new Error(`unknown preset ${sim.preset}`);
  let s = withPreset(preset);
  if (sim.scenario) s = merge(s, sim.scenario as unknown as Json);
  return valid(s);
}

/** The knob a reader would use for `path` in this scenario, if the lab offers one. */
function knobAt(s: Scenario, path: KnobId): Knob | undefined {
  return knobsFor(s).find((k) => k.path === path)?.knob;
}

function allowed(knob: Knob, value: TaskStep['value']): boolean {
  switch (knob.kind) {
    case 'steps':
      return knob.values.includes(value as number);
    case 'toggle':
      return typeof value === 'boolean';
    case 'select':
      return knob.options.some((o) => o.value === value);
  }
}

function apply(s: Scenario, steps: TaskStep[]): Scenario {
  return steps.reduce((acc, step) => valid(writeKnob(acc, step.path, step.value)), s);
}

const runs = new Map<string, ReturnType<typeof runScenario>>();
function run(s: Scenario) {
  const key = JSON.stringify(s);
  if (!runs.has(key)) runs.set(key, runScenario(s));
  const r = runs.get(key);
  if (!r) throw new Error('run cancelled');
  return r;
}

describe('lessons 4–10: data', () => {
  it('covers the catalogue’s lessons 4 to 10, in order', () => {
    expect(LESSONS_4_TO_10.map((l) => l.slug)).toEqual(LESSONS.slice(3, 10).map((l) => l.slug));
  });

  for (const lesson of LESSONS_4_TO_10) {
    describe(lesson.slug, () => {
      it('has 1–3 simulations with unique ids, 3–6 knobs and 2–3 tasks each', () => {
        expect(lesson.sims.length).toBeGreaterThanOrEqual(1);
        expect(lesson.sims.length).toBeLessThanOrEqual(3);
        expect(new Set(lesson.sims.map((s) => s.id)).size).toBe(lesson.sims.length);
        for (const sim of lesson.sims) {
          expect(sim.knobs.length).toBeGreaterThanOrEqual(3);
          expect(sim.knobs.length).toBeLessThanOrEqual(6);
          expect(sim.tasks.length).toBeGreaterThanOrEqual(2);
          expect(sim.tasks.length).toBeLessThanOrEqual(3);
          expect(new Set(sim.tasks.map((t) => t.id)).size).toBe(sim.tasks.length);
        }
      });

      it('has a quiz with at least three options, exactly one correct, each explained', () => {
        const { quiz } = lesson;
        expect(quiz.question.trim().length).toBeGreaterThan(10);
        expect(quiz.options.length).toBeGreaterThanOrEqual(3);
        expect(quiz.options.filter((o) => o.correct)).toHaveLength(1);
        expect(new Set(quiz.options.map((o) => o.text)).size).toBe(quiz.options.length);
        for (const o of quiz.options) {
          expect(o.text.trim().length).toBeGreaterThan(0);
          expect(o.why.trim().length).toBeGreaterThan(20);
        }
      });

      it('cites https sources', () => {
        expect(lesson.sources.length).toBeGreaterThan(0);
        for (const s of lesson.sources) {
          expect(s.label.trim().length).toBeGreaterThan(3);
          expect(s.href).toMatch(/^https:\/\//);
        }
      });

      for (const sim of lesson.sims) {
        describe(`sim ${sim.id}`, () => {
          const start = startScenario(sim);

          it('starts small: at most 30 simulated minutes and 500 instances alive at once', () => {
            expect(start.durationSec).toBeLessThanOrEqual(3600);
            const longRunning = start.services.reduce((n, g) => n + (g.kind === 'long-running' ? g.count : 0), 0);
            expect(longRunning).toBeLessThanOrEqual(500);
          });

          it('shows only knobs the lab offers for its starting scenario', () => {
            for (const path of sim.knobs) expect(knobAt(start, path), `${path} is a lab knob here`).toBeDefined();
          });

          it('names only figures the lab has', () => {
            const ids = figureRows(run(start)).map((f) => f.id);
            for (const id of sim.figures ?? []) expect(ids).toContain(id);
          });

          for (const task of sim.tasks) {
            it(`task “${task.label}” is open at the start and done after its solution`, () => {
              expect(task.done(run(start)), 'not done at the start').toBe(false);
              let s = start;
              for (const step of task.solution) {
                expect(sim.knobs, `${step.path} is one of the sim’s knobs`).toContain(step.path);
                const knob = knobAt(s, step.path);
                expect(knob, `${step.path} has a control at this point`).toBeDefined();
                expect(allowed(knob as Knob, step.value), `${step.path} = ${String(step.value)} is reachable`).toBe(
                  true,
                );
                s = apply(s, [step]);
              }
              expect(task.done(run(s)), 'done after the solution').toBe(true);
            });
          }
        });
      }
    });
  }
});
