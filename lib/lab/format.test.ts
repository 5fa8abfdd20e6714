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

  it('seconds read like speech', () => {
    expect(formatSeconds(0.25)).toBe('0.25 s');
    expect(formatSeconds(7.5)).toBe('7.5 s');
    expect(formatSeconds(15)).toBe('15 s');
    expect(formatSeconds(125)).toBe('2 min 5 s');
    expect(formatSeconds(120)).toBe('2 min');
    expect(formatSeconds(5400)).toBe('1 h 30 min');
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
