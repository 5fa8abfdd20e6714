/**
 * The better-mark rule on real runs: every preset, every lesson simulation at its start and after
 * each task's solution. The unit properties live in compare.test.ts; this checks the scenarios a
 * reader actually sees.
 */
import { describe, expect, it } from 'vitest';
import { LESSON_DATA } from '../lessons/data';
import { scenarioAfter, simStart } from '../lessons/sim-start';
import { withPreset, scenarioOrThrow } from '../scenario/parse';
import { PRESETS } from '../scenario/presets';
import type { Scenario } from '../scenario/schema';
import { runScenario } from '../run/run';
import type { Report } from '../sim/report';
import { verdict } from '../lab/verdict';
import { betterSide, other } from './compare';
import { FIGURE_IDS, FIGURES } from './registry';

const run = (s: Scenario): Report => runScenario(s)!;

const sims = Object.values(LESSON_DATA).flatMap((d) => d?.sims ?? []);
const cases: [string, () => Scenario][] = [
  ...PRESETS.map((p): [string, () => Scenario] => [`preset ${p.id}`, () => scenarioOrThrow(withPreset(p))]),
  ...sims.flatMap((sim) => [
    [`${sim.id} at its start`, () => simStart(sim).scenario] as [string, () => Scenario],
    ...sim.tasks.map((t): [string, () => Scenario] => [
      `${sim.id} after task ${t.id}`,
      () => scenarioAfter(sim, t.solution),
    ]),
  ]),
];

describe.each(cases)('%s', (_name, scenario) => {
  it('marks no side better on a figure that seeing less would flatter, when it saw fewer instances', () => {
    const r = run(scenario());
    for (const id of FIGURE_IDS) {
      const side = betterSide(id, r);
      if (side && FIGURES[id].blindTo.length)
        expect(r[side].servicesNeverSeen, id).toBeLessThanOrEqual(r[other(side)].servicesNeverSeen);
    }
  });
});

const sim = (id: string) => sims.find((s) => s.id === id)!;

describe('the cases that prompted the rule', () => {
  it('lesson 1: pull’s lower mean load is not marked while it never saw part of the fleet', () => {
    const r = run(simStart(sim('who-sets-the-pace')).scenario);
    expect(r.pull.servicesNeverSeen).toBeGreaterThan(r.push.servicesNeverSeen);
    expect(r.pull.requestsPerSecMean).toBeLessThan(r.push.requestsPerSecMean);
    expect(betterSide('load-mean', r)).toBeNull();
  });

  it('lesson 10 with the API firewalled: no crash-detection mark or verdict for pull', () => {
    const blind = sim('blind-spots');
    const task = blind.tasks.find((t) => t.id === 'firewall')!;
    const r = run(scenarioAfter(blind, task.solution));
    expect(betterSide('dead-detection', r)).toBeNull();
    const v = verdict(r);
    expect([v.headline, ...v.more].map((f) => f?.id)).not.toContain('dead-detection');
    // Before the firewall both sides saw every pod, and pull's quicker notice keeps its mark.
    expect(betterSide('dead-detection', run(simStart(blind).scenario))).toBe('pull');
  });
});
