import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioOrThrow } from '../scenario/parse';
import { findPreset } from '../scenario/presets';
import type { ScenarioInput } from '../scenario/schema';
import { runScenario } from '../run/run';
import type { Outcome, Report } from '../sim/report';
import { madeUpReport } from '../report.test-support';
import { verdict } from '../lab/verdict';
import { betterSide, compareFigure, isTie, other, TIE_RELATIVE } from './compare';
import { FIGURE_IDS, FIGURES, type FigureId } from './registry';

const report = (pull: Partial<Outcome>, push: Partial<Outcome>): Report =>
  madeUpReport({ scenario: { durationSec: 100 }, pull, push });

const swapped = (r: Report): Report => ({ ...r, pull: r.push, push: r.pull });

const arbOutcome = fc
  .record({
    servicesTotal: fc.integer({ min: 1, max: 200 }),
    unseen: fc.integer({ min: 0, max: 200 }),
    missedSampleRatio: fc.double({ min: 0, max: 1, noNaN: true }),
    countsLostRatio: fc.double({ min: 0, max: 1, noNaN: true }),
    requestsPerSecMean: fc.double({ min: 0, max: 1e4, noNaN: true }),
    requestsPerSecPeak: fc.integer({ min: 0, max: 1e4 }),
    bytes: fc.integer({ min: 0, max: 1e9 }),
    failed: fc.integer({ min: 0, max: 1e5 }),
    deadDetectionSecMean: fc.option(fc.double({ min: 0, max: 600, noNaN: true })),
    deadUndetected: fc.integer({ min: 0, max: 50 }),
    timestampErrorSecMean: fc.double({ min: 0, max: 60, noNaN: true }),
    staleSeries: fc.integer({ min: 0, max: 1e4 }),
    configPlaces: fc.integer({ min: 0, max: 500 }),
  })
  .map(({ unseen, ...o }) => ({ ...o, servicesNeverSeen: Math.min(unseen, o.servicesTotal) }));

const arbReport = fc.tuple(arbOutcome, arbOutcome).map(([pull, push]) => report(pull, push));
const arbFigure = fc.constantFrom(...FIGURE_IDS);

describe('the tie rule', () => {
  it('is symmetric and reflexive', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, min: -1e9, max: 1e9 }),
        fc.double({ noNaN: true, min: -1e9, max: 1e9 }),
        (a, b) => {
          expect(isTie(a, b)).toBe(isTie(b, a));
          expect(isTie(a, a)).toBe(true);
        },
      ),
    );
  });

  it(`calls gaps up to ${TIE_RELATIVE * 100} % of the larger value a tie, and larger gaps not`, () => {
    expect(isTie(100, 90)).toBe(true);
    expect(isTie(100, 89)).toBe(false);
    expect(isTie(0, 0)).toBe(true);
    expect(isTie(0, 0.001)).toBe(false);
  });
});

describe('compareFigure', () => {
  it('does not depend on which side is called pull (swapping the sides swaps the mark)', () => {
    fc.assert(
      fc.property(arbReport, arbFigure, (r, id) => {
        const a = compareFigure(id, r);
        const b = compareFigure(id, swapped(r));
        if (a.kind === 'better') expect(b).toEqual({ kind: 'better', side: other(a.side) });
        else expect(b).toEqual(a);
      }),
    );
  });

  it('never marks better a side that saw fewer instances, on a figure that seeing less would flatter', () => {
    fc.assert(
      fc.property(arbReport, arbFigure, (r, id) => {
        const side = betterSide(id, r);
        if (side && FIGURES[id].blindTo.length)
          expect(r[side].servicesNeverSeen).toBeLessThanOrEqual(r[other(side)].servicesNeverSeen);
      }),
    );
  });

  it('marks the side in the better direction when both saw the same fleet and the gap is no tie', () => {
    fc.assert(
      fc.property(arbReport, arbFigure, (r, id) => {
        const same = {
          ...r,
          push: { ...r.push, servicesNeverSeen: r.pull.servicesNeverSeen, deadUndetected: r.pull.deadUndetected },
        };
        const f = FIGURES[id];
        const pull = f.value(same.pull, same);
        const push = f.value(same.push, same);
        fc.pre(pull !== null && push !== null && !isTie(pull, push));
        expect(betterSide(id, same)).toBe(pull! < push! ? 'pull' : 'push');
      }),
    );
  });

  it('lesson 1: pull’s lower load is not better when it never saw 126 of 142 instances', () => {
    const r = report(
      { servicesTotal: 142, servicesNeverSeen: 126, requestsPerSecMean: 1.1, missedSampleRatio: 0.89 },
      { servicesTotal: 142, servicesNeverSeen: 0, requestsPerSecMean: 9.5, missedSampleRatio: 0.01 },
    );
    expect(compareFigure('load-mean', r)).toEqual({ kind: 'not-comparable', reason: 'saw-less' });
    // Seeing less can only hurt coverage figures, so those still mark the side that saw more.
    expect(betterSide('never-seen', r)).toBe('push');
    expect(betterSide('missed', r)).toBe('push');
  });

  it('a side with crashes it never noticed does not win on the mean time to notice the others', () => {
    const r = report({ deadDetectionSecMean: 5, deadUndetected: 3 }, { deadDetectionSecMean: 40, deadUndetected: 0 });
    expect(compareFigure('dead-detection', r)).toEqual({ kind: 'not-comparable', reason: 'saw-less' });
    const fair = report({ deadDetectionSecMean: 5 }, { deadDetectionSecMean: 40 });
    expect(betterSide('dead-detection', fair)).toBe('pull');
  });

  it('no crash noticed on one side is not comparable, never a zero', () => {
    const r = report({ deadDetectionSecMean: null }, { deadDetectionSecMean: 30 });
    expect(compareFigure('dead-detection', r)).toEqual({ kind: 'not-comparable', reason: 'no-value' });
  });

  it('places to configure do not depend on what was seen', () => {
    const r = report({ servicesNeverSeen: 9, configPlaces: 1 }, { configPlaces: 40 });
    expect(betterSide('config-places', r)).toBe('pull');
  });
});

describe('the Kubernetes preset with the api group firewalled', () => {
  const input = structuredClone(findPreset('kubernetes')!.scenario) as ScenarioInput & {
    services: { firewalled?: boolean }[];
  };
  input.services[0].firewalled = true;
  const r = runScenario(scenarioOrThrow(input))!;

  it('gives pull no mark for noticing crashes of pods it could never reach, and the verdict does not claim it', () => {
    expect(r.pull.servicesNeverSeen).toBeGreaterThan(r.push.servicesNeverSeen);
    expect(betterSide('dead-detection', r)).toBeNull();
    const v = verdict(r);
    expect([v.headline, ...v.more].map((f) => f?.id)).not.toContain('dead-detection');
  });

  it('still marks push better on the coverage figures', () => {
    for (const id of ['missed', 'never-seen'] satisfies FigureId[]) expect(betterSide(id, r), id).toBe('push');
  });
});

describe('figure ids', () => {
  it('are checked by the compiler', () => {
    // @ts-expect-error: an unknown id must not compile (FiguresTable used to drop it silently).
    const unknown: FigureId = 'mean-load';
    expect(FIGURE_IDS).not.toContain(unknown);
    expect(FIGURE_IDS.slice(0, 3)).toEqual(['missed', 'never-seen', 'counts-lost']); // the lab's order
  });
});
