import { describe, expect, it } from 'vitest';
import type { TraceEvent, TracedInstance } from '@/lib/sim/report';
import { TRACE_MAX_EVENTS_PER_ENGINE } from '@/lib/sim/trace';
import {
  formatTick,
  maxRowsPerWindow,
  plotWidthFor,
  rowLayoutFor,
  rowSpan,
  summarise,
  timeTicks,
  truncatedAfter,
  zoomWindowSec,
} from './layout';

const job = (over: Partial<TracedInstance>): TracedInstance => ({
  id: 'batch-12',
  group: 'batch',
  kind: 'short-lived',
  startSec: 100,
  endSec: 105,
  crashed: false,
  truncated: false,
  events: [],
  ...over,
});

describe('axis', () => {
  it('spaces ticks at a nice span, at most maxTicks of them', () => {
    expect(timeTicks(0, 1200, 4)).toEqual([0, 300, 600, 900, 1200]); // 300 s ≥ 1200 / 4
    expect(timeTicks(240, 360, 8)).toEqual([240, 255, 270, 285, 300, 315, 330, 345, 360]); // 15 s
    expect(timeTicks(250, 370, 4)).toEqual([270, 300, 330, 360]); // 30 s, from the first multiple
  });

  it('labels ticks briefly', () => {
    expect([0, 45, 300, 90, 7200].map(formatTick)).toEqual(['0', '45 s', '5 min', '1 min 30 s', '2 h']);
  });
});

describe('row layout', () => {
  it('stacks labels above the lanes on a phone, so the plot takes nearly the whole width', () => {
    // A 390 px phone leaves about 326 px inside the card: all but the 8 px margin and 14 px pad are plot.
    expect(rowLayoutFor(326).stacked).toBe(true);
    expect(plotWidthFor(326)).toBe(326 - 8 - 14);
    // A desktop keeps the 150 px label column.
    expect(rowLayoutFor(900).stacked).toBe(false);
    expect(plotWidthFor(900)).toBe(900 - 150 - 14);
  });

  it('keeps the lanes in order, apart, and inside the row (the stacked label above them)', () => {
    for (const row of [rowLayoutFor(326), rowLayoutFor(900)]) {
      expect(row.pullY).toBeLessThan(row.lifeY);
      expect(row.lifeY).toBeLessThan(row.pushY);
      // Marks reach 5.5 px from their lane's centre: they must not touch the next row.
      expect(row.pushY + 5.5).toBeLessThanOrEqual(row.height);
      if (row.stacked) expect(row.labelY + 3).toBeLessThanOrEqual(row.pullY - 5.5);
    }
  });
});

describe('zoom', () => {
  it('shows four to eight scrape intervals depending on the room', () => {
    expect(zoomWindowSec(15, 1200, 800)).toBe(120); // 8 × 15 s
    expect(zoomWindowSec(15, 1200, 240)).toBe(60); // 4 × 15 s on a phone
    expect(zoomWindowSec(60, 3600, 800)).toBe(600); // 8 min → 10 min
    expect(zoomWindowSec(15, 150, 800)).toBeNull(); // the window would be most of the run
  });

  it('counts the busiest window, including marks after a job ended', () => {
    const late: TraceEvent = { t: 130, kind: 'dead-detected', engine: 'push' };
    const trace = [job({}), job({ startSec: 110, endSec: 115 }), job({ startSec: 10, endSec: 20, events: [late] })];
    expect(rowSpan(trace[2])).toEqual({ fromSec: 10, toSec: 130 });
    expect(maxRowsPerWindow(trace, 60, 300)).toBe(3); // 60–120 s holds all three
    expect(maxRowsPerWindow(trace, 100, 300)).toBe(3); // 100–200 s too
  });
});

describe('summarise', () => {
  it('tells a 5 s job that slipped between scrapes', () => {
    const events: TraceEvent[] = [
      { t: 100.5, kind: 'discovered', engine: 'pull' },
      { t: 101, kind: 'push-ok', engine: 'push' },
      { t: 105, kind: 'push-ok', engine: 'push' },
      { t: 106, kind: 'undiscovered', engine: 'pull' },
      { t: 125, kind: 'dead-detected', engine: 'push' },
    ];
    expect(summarise(job({ events }), 1200)).toEqual({
      life: 'lived 5 s',
      pull: 'never scraped successfully',
      push: '2 delivered, silence noticed 20 s after it ended',
    });
  });

  it('names crashes, survivors and a shortened trace', () => {
    const crash = job({ kind: 'long-running', startSec: 0, endSec: 300, crashed: true, truncated: true });
    expect(summarise(crash, 1200).life).toBe('crashed after 5 min');
    expect(summarise(crash, 1200).push).toBe('nothing delivered (trace shortened)');
    expect(summarise(job({ startSec: 0, endSec: 1200 }), 1200).life).toBe('ran for the whole run');
    expect(summarise(job({ startSec: 1190, endSec: 1250 }), 1200).life).toBe(
      'started at 19 min 50 s, still running at the end',
    );
    expect(summarise(job({}), 1200).pull).toBe('never a scrape target');
  });
});

describe('truncatedAfter', () => {
  it('finds the last kept event of the engine that hit the cap', () => {
    const pushes: TraceEvent[] = Array.from({ length: TRACE_MAX_EVENTS_PER_ENGINE }, (_, i) => ({
      t: i * 10,
      kind: 'push-ok',
      engine: 'push',
    }));
    const scrape: TraceEvent = { t: 5, kind: 'scrape-ok', engine: 'pull' };
    const events = [scrape, ...pushes].sort((a, b) => a.t - b.t);
    expect(truncatedAfter(job({ events, truncated: true }))).toEqual({ pull: null, push: 1990 });
    expect(truncatedAfter(job({ events, truncated: false }))).toEqual({ pull: null, push: null });
  });
});
