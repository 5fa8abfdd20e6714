import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../scenario/schema';
import { buildFleet } from './fleet';
import { pickTraced } from './trace';

describe('pickTraced', () => {
  it('spreads the sampled long-running instances through their group, not its first few', () => {
    // 100 servers and no jobs: 8 long-running slots, one per 12.5 servers, so the last quarter is sampled too.
    const scenario = scenarioSchema.parse({
      services: [{ name: 'web', kind: 'long-running', count: 100 }],
    });
    const picked = pickTraced(buildFleet(scenario));
    expect(picked).toHaveLength(8);
    expect(Math.max(...picked)).toBeGreaterThanOrEqual(75);
    expect(new Set(picked).size).toBe(picked.length);
  });
});
