import { describe, expect, it } from 'vitest';
import { markdownTable, misses, summarize } from './report.mjs';

const run = (performance, accessibility = 100) => ({
  performance,
  accessibility,
  lcpMs: 1000,
  tbtMs: 100,
  mainThreadHostMs: 200,
  index: 1533,
  multiplier: 4,
  basis: 'calculator',
  unsteady: false,
});

describe('summarize', () => {
  it('takes medians over the finished audits and keeps the errors apart', () => {
    const row = summarize([run(90), run(96), { error: 'NO_FCP' }, run(98, 92)]);
    expect(row.performance).toBe(96);
    expect(row.accessibility).toBe(100);
    expect(row.performanceRuns).toEqual([90, 96, 98]);
    expect(row.errors).toEqual(['NO_FCP']);
  });
});

describe('misses', () => {
  const control = summarize([run(99), run(97)]); // median 98

  it('passes a page at 95, accessibility 100 and 3 below the control', () => {
    expect(misses(summarize([run(95)]), control)).toEqual([]);
  });

  it('names every rule a page breaks', () => {
    expect(misses(summarize([run(94, 98)]), control)).toEqual([
      'performance 94 < 95',
      'accessibility 98 < 100',
      '4 below the control',
    ]);
  });

  it('fails a page whose every audit failed', () => {
    expect(misses(summarize([{ error: 'NO_FCP' }]), control)).toEqual(['no audit finished (NO_FCP)']);
  });
});

describe('markdownTable', () => {
  it('puts the control first and a verdict on every page', () => {
    const control = summarize([run(98)]);
    const lines = markdownTable(control, [
      { route: '/', row: summarize([run(97)]) },
      { route: '/lab', row: summarize([run(90)]) },
    ]).split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[2]).toMatch(/^\| control/);
    expect(lines[3]).toMatch(/^\| `\/` .*\| within \|$/);
    expect(lines[4]).toMatch(/\| −8 \|.*over: performance 90 < 95; 8 below the control \|$/);
  });

  it("says how many of a page's audits were not calibrated", () => {
    const control = summarize([run(98)]);
    const row = summarize([
      run(97),
      { ...run(96), unsteady: true },
      { ...run(99), basis: 'host too slow' },
      { ...run(98), unsteady: true, basis: 'host too slow' }, // counted once
    ]);
    expect(markdownTable(control, [{ route: '/', row }]).split('\n')[3]).toMatch(
      /\| within \(3 of 4 uncalibrated\) \|$/,
    );
  });
});
