/**
 * Issue 16: the lessons whose idea is spatial embed the network view, and the ones whose idea is a
 * shape over time embed that chart; and each starts where its picture has something to show.
 */
import { describe, expect, it } from 'vitest';
import { simStart } from '../sim-start';
import type { LessonChart, LessonSim, LessonView } from '../types';
import { LESSON_DATA } from './index';

function sim(slug: string, id: string): LessonSim {
  const found = LESSON_DATA[slug]?.sims.find((s) => s.id === id);
  if (!found) throw new Error(`no simulation ${slug}/${id}`);
  return found;
}

const VIEWS: [slug: string, sim: string, view: LessonView][] = [
  ['two-models', 'who-sets-the-pace', 'timeline'],
  ['short-lived-jobs', 'coverage', 'timeline'],
  ['short-lived-jobs', 'gateway-pitfalls', 'gateway-store'],
  ['push-in-practice', 'statsd', 'timeline'],
  ['reachability', 'behind-nat', 'timeline'],
  ['load-and-overload', 'herd', 'timeline'],
  ['hybrid', 'batch-beside-services', 'timeline'],
];

const CHARTS: [slug: string, sim: string, chart: LessonChart][] = [
  ['pull-in-practice', 'scrape-config', 'down'],
  ['load-and-overload', 'herd', 'load'],
  ['time-and-truth', 'dead-or-quiet', 'down'],
];

describe('pictures in the lessons', () => {
  it.each(VIEWS)('%s / %s shows the %s view', (slug, id, view) => {
    expect(sim(slug, id).views).toContain(view);
  });

  it.each(CHARTS)('%s / %s shows the %s chart', (slug, id, chart) => {
    expect(sim(slug, id).charts).toContain(chart);
  });

  it('lesson 6 starts with a service behind the firewall, so the boundary is drawn', () => {
    expect(simStart(sim('reachability', 'behind-nat')).scenario.services.some((s) => s.firewalled)).toBe(true);
  });

  it('lesson 5 starts over a lossy network, so pushes are drawn lost', () => {
    expect(simStart(sim('push-in-practice', 'statsd')).scenario.network.lossRate).toBeGreaterThan(0);
  });

  it('lessons 4 and 9 start with the Pushgateway on, so its groups are drawn', () => {
    for (const s of [sim('short-lived-jobs', 'gateway-pitfalls'), sim('hybrid', 'batch-beside-services')])
      expect(simStart(s).scenario.pull.pushgateway, s.id).toBe(true);
  });

  it('lesson 4 starts grouping by instance, so the store climbs with every run', () => {
    expect(simStart(sim('short-lived-jobs', 'gateway-pitfalls')).scenario.pull.pushgatewayGrouping).toBe('instance');
  });
});
