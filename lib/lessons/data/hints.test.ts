import { describe, expect, it } from 'vitest';
import { readKnob, type KnobId } from '../../lab/path';
import { scenarioAfter } from '../sim-start';
import type { LessonSim, LessonTask } from '../types';
import { LESSON_DATA } from '.';

/*
 * A hint must point the way its task's solution goes. The checkable rule, per solution step that
 * changes a knob: the hint names that knob (one of its words below; or the label does, when it sets
 * that knob as a condition: "At 10% message loss, ..."), and, for a number, the hint contains none
 * of the phrases that would move it the other way. Each knob's words are read off its control.
 */
interface Words {
  names: RegExp;
  /** Phrases that ask for a higher / lower value (numbers only). */
  up?: RegExp;
  down?: RegExp;
}

const INTERVAL: Words = {
  names: /interval|timer|often/i,
  up: /\b(less often|lengthen|longer interval|long timer|stretch the interval)/i,
  down: /\b(more often|shorten the interval|shorter interval)/i,
};

/** By the knob's last field, so every service group's knob shares its words. */
const WORDS: Record<string, Words> = {
  scrapeIntervalSec: { ...INTERVAL, names: /scrape/i },
  pushIntervalSec: INTERVAL,
  value: { names: /\bjobs?\b|\brun\b/i, up: /\b(longer|lengthen|how long)/i, down: /\b(shorten|shorter jobs)/i },
  startsPerMin: { names: /\b(jobs?|runs?|them)\b/i, up: /\b(more|grow)\b/i, down: /\b(fewer|less)\b/i },
  seriesPerService: { names: /series|\/metrics/i, up: /\b(raise|more|bigger)\b/i, down: /\b(fewer|lower|smaller)\b/i },
  count: { names: /fleet|instances|servers/i, up: /\b(grow|more)\b/i, down: /\b(fewer|shrink)\b/i },
  lossRate: { names: /loss|network/i, up: /\b(worse|raise)\b/i, down: /\b(better|lower)\b/i },
  clockSkewSec: { names: /clock/i, up: /\b(how wrong|worse)\b/i, down: /\b(closer|fix)\b/i },
  deadAfterMissedPushes: { names: /missed push/i, up: /\b(more missed|longer)\b/i, down: /\b(fewer|single)\b/i },
  discoveryTickSec: { names: /update|discovery/i, up: /\b(slower|later)\b/i, down: /\b(at once|sooner|faster)\b/i },
  discovery: { names: /mechanism|discovery|polls?/i },
  pushgateway: { names: /gateway/i },
  pushgatewayGrouping: { names: /grouping key/i },
  alignment: { names: /same second|jitter|spread/i },
  protocol: { names: /protocol|acknowledged|datagram|UDP|HTTP/i },
  firewalled: { names: /firewall|NAT|inbound|connect in/i },
  flushOnExit: { names: /exits?\b/i },
  clientTimestamps: { names: /stamp/i },
};

const wordsFor = (path: KnobId): Words | undefined => WORDS[path.split('.').pop()!];

/** What is wrong with a task's hint, in words; empty when it points the way the solution goes. */
function hintProblems(sim: LessonSim, task: LessonTask): string[] {
  const problems: string[] = [];
  task.solution.forEach((step, i) => {
    const before = readKnob(scenarioAfter(sim, task.solution.slice(0, i)), step.path);
    if (before === step.value) return;
    const words = wordsFor(step.path);
    if (!words) return problems.push(`no words for ${step.path}: add them to WORDS`);
    if (!words.names.test(`${task.label} ${task.hint}`)) problems.push(`does not name ${step.path}`);
    if (typeof step.value !== 'number' || typeof before !== 'number') return;
    const opposite = step.value > before ? words.down : words.up;
    if (opposite?.test(task.hint)) problems.push(`asks to move ${step.path} the other way (${before} → ${step.value})`);
  });
  return problems;
}

const cases = Object.values(LESSON_DATA).flatMap((l) =>
  l!.sims.flatMap((sim) => sim.tasks.map((t) => [`${l!.slug}/${t.id}`, sim, t] as const)),
);

describe('task hints', () => {
  it.each(cases)('%s: the hint names what the solution changes, and not the other way', (_k, sim, task) => {
    expect(hintProblems(sim, task)).toEqual([]);
  });

  it('catches a hint that points the wrong way', () => {
    const [, sim, task] = cases.find(([k]) => k === 'two-models/miss-half')!;
    expect(hintProblems(sim, { ...task, hint: 'Scrape more often.' })).toEqual([
      'asks to move pull.scrapeIntervalSec the other way (15 → 60)',
    ]);
    expect(hintProblems(sim, { ...task, label: 'Miss half', hint: 'Wait.' })).toEqual([
      'does not name pull.scrapeIntervalSec',
    ]);
  });
});
