import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatPercent, formatSeconds, formatWithUnit } from './format';

describe('format', () => {
  it('percentages keep tiny shares visible and whole ones clean', () => {
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0.3333)).toBe('33.3%');
    expect(formatPercent(0.0004)).toBe('<0.1%');
    expect(formatPercent(Number.NaN)).toBe('–');
  });

  it('seconds read like speech, with precision that follows size', () => {
    expect(formatSeconds(0)).toBe('0 s');
    expect(formatSeconds(0.25)).toBe('0.25 s'); // below 1 s: two decimals
    expect(formatSeconds(2.14)).toBe('2.1 s'); // below 10 s: one decimal
    expect(formatSeconds(7.5)).toBe('7.5 s');
    expect(formatSeconds(15)).toBe('15 s');
    expect(formatSeconds(45.4)).toBe('45 s'); // from 10 s on: whole seconds
    expect(formatSeconds(120)).toBe('2 min'); // zero parts are left out
    expect(formatSeconds(125)).toBe('2 min 5 s');
    expect(formatSeconds(3600)).toBe('1 h');
    expect(formatSeconds(3605)).toBe('1 h 5 s');
    expect(formatSeconds(3725)).toBe('1 h 2 min 5 s'); // 3600 + 2 × 60 + 5
    expect(formatSeconds(5400)).toBe('1 h 30 min');
  });

  it('rounds before it splits, so a carry moves up a unit', () => {
    expect(formatSeconds(0.996)).toBe('1 s'); // 1.00 at two decimals
    expect(formatSeconds(9.96)).toBe('10 s'); // 10.0 at one decimal
    expect(formatSeconds(59.6)).toBe('1 min'); // 60 whole seconds
    expect(formatSeconds(179.6)).toBe('3 min'); // 180, not "2 min 60 s"
    expect(formatSeconds(3599.6)).toBe('1 h');
  });

  it('signs negatives once, never a negative zero, and shows a dash for no number', () => {
    expect(formatSeconds(-0.25)).toBe('−0.25 s');
    expect(formatSeconds(-125)).toBe('−2 min 5 s');
    expect(formatSeconds(-0.001)).toBe('0 s');
    expect(formatSeconds(Number.NaN)).toBe('–');
    expect(formatSeconds(Number.POSITIVE_INFINITY)).toBe('–');
  });

  it('whole seconds from a minute on read back as the same number of seconds', () => {
    const parts = { h: 3600, min: 60, s: 1 } as const;
    fc.assert(
      fc.property(fc.integer({ min: 60, max: 10 * 24 * 3600 }), (sec) => {
        const words = formatSeconds(sec).split(' ');
        let total = 0;
        for (let i = 0; i < words.length; i += 2) total += Number(words[i]) * parts[words[i + 1] as keyof typeof parts];
        return total === sec;
      }),
    );
  });

  it('counts and bytes use SI steps', () => {
    expect(formatCount(950)).toBe('950');
    expect(formatCount(1234)).toBe('1.2 k');
    expect(formatCount(56_000)).toBe('56 k');
    expect(formatCount(3_400_000)).toBe('3.4 M');
    expect(formatCount(2.345)).toBe('2.35');
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(1500)).toBe('1.5 KB');
    expect(formatBytes(2_500_000)).toBe('2.5 MB');
  });
});

describe('formatWithUnit', () => {
  it('names the unit the way the value reads', () => {
    expect(formatWithUnit(15, 's')).toBe('15 s');
    expect(formatWithUnit(0.05, '%')).toBe('5%');
    expect(formatWithUnit(1, 'instances')).toBe('1 instance');
    expect(formatWithUnit(2000, 'series')).toBe('2 k series');
    expect(formatWithUnit(1000, '/s')).toBe('1 k/s');
    expect(formatWithUnit(0.5, '/h')).toBe('0.5/h');
  });
});
