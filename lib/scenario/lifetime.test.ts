import { describe, expect, it } from 'vitest';
import { typicalLifetimeSec } from './lifetime';

describe('typicalLifetimeSec', () => {
  it('reads each shape at the length it is built around', () => {
    expect(typicalLifetimeSec({ dist: 'exponential', mean: 8 })).toBe(8);
    expect(typicalLifetimeSec({ dist: 'fixed', value: 5 })).toBe(5);
    expect(typicalLifetimeSec({ dist: 'uniform', min: 2, max: 10 })).toBe(6); // (2 + 10) / 2
    // The median 7, not the mean 7 · e^(1/2) ≈ 11.5 that the tail pulls up.
    expect(typicalLifetimeSec({ dist: 'lognormal', median: 7, sigma: 1 })).toBe(7);
  });
});
