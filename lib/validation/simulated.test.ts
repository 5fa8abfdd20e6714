import { describe, expect, it } from 'vitest';
import { buildFleet } from '../sim/fleet';
import { saltsFor } from '../sim/rng';
import { compare } from './compare';
import { planFor, prepare } from './plan';
import { VALIDATION_SCENARIOS } from './scenarios';
import { phaseSalts, simulatedRuns } from './simulated';

describe('phaseSalts', () => {
  it("keeps the scenario's own salts for draw 0 and changes only the scrape phases after", () => {
    expect(phaseSalts(6, 0)).toEqual(saltsFor(6));
    const { 'scrape-phase': phase, ...rest } = phaseSalts(6, 3);
    const { 'scrape-phase': own, ...ownRest } = saltsFor(6);
    expect(rest).toEqual(ownRest);
    expect(phase).not.toBe(own);
    expect(phaseSalts(6, 4)['scrape-phase']).not.toBe(phase);
  });
});

describe('simulatedRuns', () => {
  it("averages a restart's chance of writing up = 0 to R/T over the phases", () => {
    // A scrape falls inside a 6 s downtime with probability R/T = 6/15 when its phase is uniform,
    // whatever the crash's moment; one draw of the phases gives one fleet's luck, not that.
    const prepared = prepare(VALIDATION_SCENARIOS.find((v) => v.name === 'crash-restart')!);
    const fleet = buildFleet(prepared.scenario);
    const plan = planFor(prepared, fleet);
    const sims = simulatedRuns(prepared, plan, fleet, 100);
    const share = compare(plan, prepared.scenario, sims[0], sims).find((m) => m.key === 'crashesWithUpZeroShare')!;
    const n = share.simulated!.n;
    expect(n).toBeGreaterThan(300);
    // One run's share spreads by about sqrt(0.4 · 0.6 / n) = 2.7 points, the mean of 100 by 0.27.
    expect(share.simulated!.value).toBeGreaterThan(0.39);
    expect(share.simulated!.value).toBeLessThan(0.41);
    // One run spreads at least as a binomial of n crashes would: sqrt(0.4 · 0.6 / n).
    const sd = (share.simulated!.hi - share.simulated!.value) / 1.959964;
    expect(sd).toBeGreaterThan(0.8 * Math.sqrt((0.4 * 0.6) / n));
  });
});
