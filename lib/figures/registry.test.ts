/**
 * The figures version 2 added, on presets whose numbers follow from the scenario on paper, and
 * which of them the lab lists by default.
 */
import { describe, expect, it } from 'vitest';
import { defaultScenario, scenarioOrThrow, withPreset } from '../scenario/parse';
import { findPreset } from '../scenario/presets';
import type { Scenario } from '../scenario/schema';
import { runScenario } from '../run/run';
import type { Report } from '../sim/report';
import { compareFigure } from './compare';
import { FIGURE_IDS, FIGURES, shownFigureIds } from './registry';

const preset = (id: string) => scenarioOrThrow(withPreset(findPreset(id)));
const run = (s: Scenario): Report => runScenario(s)!;
/** Only the scenario matters for `shownWhen`. */
const bare = (s: Scenario) => ({ scenario: s, pull: {}, push: { countsDuplicatedRatio: 0 } }) as unknown as Report;

describe('figures the lab lists by default', () => {
  it('keep the always-relevant ones and leave out those a scenario cannot speak to', () => {
    const s = { ...defaultScenario(), services: defaultScenario().services.map((g) => ({ ...g, crashesPerHour: 0 })) };
    const shown = shownFigureIds(bare(s as Scenario));
    expect(shown).toContain('active-series');
    for (const id of ['samples-stored', 'samples-peak', 'counts-duplicated', 'crashes-unnoticed'] as const)
      expect(shown, id).not.toContain(id);
  });

  it('add each new figure where its scenario needs it', () => {
    expect(shownFigureIds(bare(preset('label-explosion')))).toEqual(
      expect.arrayContaining(['samples-stored', 'samples-peak', 'active-series']),
    );
    expect(shownFigureIds(bare(preset('cloudwatch-delta')))).toContain('counts-duplicated');
    expect(shownFigureIds(bare(preset('rolling-deploy')))).toContain('crashes-unnoticed');
    // StatsD datagrams are never acknowledged, so never retried: no double counting to show.
    const statsd = preset('cloudwatch-delta');
    expect(shownFigureIds(bare({ ...statsd, push: { ...statsd.push, protocol: 'statsd' } }))).not.toContain(
      'counts-duplicated',
    );
  });

  it('keep the registry order', () => {
    const shown = shownFigureIds(bare(preset('label-explosion')));
    expect(shown).toEqual(FIGURE_IDS.filter((id) => shown.includes(id)));
  });
});

describe('version 2 figures on presets', () => {
  it('a target over sample_limit: pull holds only the other targets’ series, and its smaller storage is not a win', () => {
    // 20 api pods × 200 series are under the limit of 10,000; 2 checkout pods × 20,000 are over it.
    const r = run(preset('label-explosion'));
    expect(FIGURES['active-series'].value(r.pull, r)).toBe(20 * 200);
    expect(FIGURES['active-series'].value(r.push, r)).toBe(20 * 200 + 2 * 20_000);
    expect(r.pull.servicesNeverSeen).toBe(2);
    // Pull stored less because it saw less: no mark for it.
    expect(compareFigure('samples-stored', r)).toEqual({ kind: 'not-comparable', reason: 'saw-less' });
    expect(compareFigure('active-series', r)).toEqual({ kind: 'not-comparable', reason: 'saw-less' });
  });

  it('replaced pods: pull misses crashes that push notices', () => {
    const r = run(preset('rolling-deploy'));
    expect(r.pull.deadUndetected).toBeGreaterThan(0);
    expect(compareFigure('crashes-unnoticed', r)).toEqual({ kind: 'better', side: 'push' });
  });

  it('delta pushes double-count, scrapes never do', () => {
    const r = run(preset('cloudwatch-delta'));
    expect(FIGURES['counts-duplicated'].value(r.pull, r)).toBe(0);
    expect(compareFigure('counts-duplicated', r)).toEqual({ kind: 'better', side: 'pull' });
  });
});
