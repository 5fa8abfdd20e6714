import { describe, expect, it } from 'vitest';
import type { MetricResult } from './compare';
import type { ValidationResults } from './results';
import { chartRows } from './view';

const metric = (over: Partial<MetricResult>): MetricResult => ({
  key: 'neverSeenShare',
  label: 'Jobs never scraped',
  unit: 'share',
  test: 'model spread (z)',
  real: { n: 100, value: 0.8, lo: 0.7, hi: 0.9 },
  simulated: { n: 100, value: 0.75, lo: 0.65, hi: 0.8 },
  pValue: 0.4,
  verdict: 'agree',
  ...over,
});

const results = {
  scenarios: [
    {
      title: 'A',
      metrics: [
        metric({}),
        metric({ key: 'detectionSec', label: 'Detect', unit: 's', simulated: null, verdict: 'unsupported' }),
      ],
    },
  ],
} as unknown as ValidationResults;

describe('chartRows', () => {
  it('turns intervals into error deltas below and above the value', () => {
    const [row] = chartRows(results, 'share');
    expect(row.label).toBe('A · Jobs never scraped');
    expect(row.realError[0]).toBeCloseTo(0.1, 12);
    expect(row.realError[1]).toBeCloseTo(0.1, 12);
    expect(row.simulatedError![0]).toBeCloseTo(0.1, 12);
    expect(row.simulatedError![1]).toBeCloseTo(0.05, 12);
  });
  it('keeps a figure the simulator cannot produce, without a simulated bar', () => {
    expect(chartRows(results, 's')).toEqual([
      {
        label: 'A · Detect',
        real: 0.8,
        realError: [expect.closeTo(0.1), expect.closeTo(0.1)],
        simulated: null,
        simulatedError: null,
        verdict: 'unsupported',
      },
    ]);
  });
});
