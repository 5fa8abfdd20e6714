import { describe, expect, it } from 'vitest';
import { scenarioOrThrow } from '../scenario/parse';
import { buildFleet, instanceId, workDone } from './fleet';

const lr = (extra: object = {}) => ({ name: 'web', kind: 'long-running', ...extra });
const sl = (extra: object = {}) => ({ name: 'batch', kind: 'short-lived', ...extra });

describe('buildFleet', () => {
  it('starts long-running instances at 0 and keeps survivors to the end', () => {
    const f = buildFleet(scenarioOrThrow({ services: [lr({ count: 3 })] }));
    expect(f.size).toBe(3);
    for (let i = 0; i < 3; i++) {
      expect(f.startSec[i]).toBe(0);
      expect(f.endSec[i]).toBe(Infinity);
      expect(f.crashed[i]).toBe(0);
      expect(workDone(f, i)).toBe(1800);
    }
    expect(instanceId(f.groups[f.group[2]].name, f.index[2], f.incarnation[2])).toBe('web-2');
  });

  it('replaces a crashed instance with a new identity after the restart delay', () => {
    const f = buildFleet(
      scenarioOrThrow({
        durationSec: 36000,
        services: [lr({ count: 2, crashesPerHour: 2, restartDelaySec: 30, onCrash: 'replace' })],
      }),
    );
    expect(f.size).toBeGreaterThan(2);
    for (let i = 0; i + 1 < f.size; i++) {
      if (!f.crashed[i]) continue;
      expect(f.replacedAtSec[i]).toBeCloseTo(f.endSec[i] + 30, 6);
      if (f.index[i + 1] === f.index[i]) {
        expect(f.incarnation[i + 1]).toBe(f.incarnation[i] + 1);
        expect(f.startSec[i + 1]).toBe(f.replacedAtSec[i]);
        expect(f.key[i + 1]).not.toBe(f.key[i]);
      }
    }
    // 2 slots × 10 h × 2 crashes/h ≈ 40 crashes; Poisson sd ≈ 6.3.
    let crashes = 0;
    for (let i = 0; i < f.size; i++) crashes += f.crashed[i];
    expect(crashes).toBeGreaterThan(40 - 5 * 6.3);
    expect(crashes).toBeLessThan(40 + 5 * 6.3);
  });

  it('restart keeps one instance per slot with its downtimes; replace crashes at the very same times', () => {
    const make = (onCrash: 'restart' | 'replace') =>
      buildFleet(
        scenarioOrThrow({
          durationSec: 36000,
          services: [lr({ count: 3, crashesPerHour: 2, restartDelaySec: 30, onCrash })],
        }),
      );
    const restart = make('restart');
    const replace = make('replace');
    expect(restart.size).toBe(3);
    const crashTimes = (f: ReturnType<typeof make>, slot: number) =>
      Array.from({ length: f.size }, (_, i) => i)
        .filter((i) => f.index[i] === slot && f.crashed[i])
        .map((i) => f.endSec[i]);
    for (let slot = 0; slot < 3; slot++) {
      const downs = Array.from(restart.downStartSec.slice(restart.downFirst[slot], restart.downFirst[slot + 1]));
      const backs = Array.from(restart.downEndSec.slice(restart.downFirst[slot], restart.downFirst[slot + 1]));
      expect(downs.length).toBeGreaterThan(0);
      expect(downs).toEqual(crashTimes(replace, slot));
      backs.forEach((b, k) => expect(b).toBeCloseTo(downs[k] + 30, 6));
      expect(restart.endSec[slot]).toBe(Infinity);
      // 10 h minus 30 s per crash.
      expect(workDone(restart, slot)).toBeCloseTo(36000 - 30 * downs.length, 6);
    }
  });

  it('draws Poisson job arrivals over [0, duration) with lifetimes from the distribution', () => {
    const f = buildFleet(
      scenarioOrThrow({
        durationSec: 36000,
        services: [sl({ startsPerMin: 10, lifetimeSec: { dist: 'uniform', min: 2, max: 4 } })],
      }),
    );
    // 6,000 expected arrivals, sd ≈ 77.
    expect(Math.abs(f.size - 6000)).toBeLessThan(5 * 77.5);
    const starts = Array.from(f.startSec);
    const lives = starts.map((s, i) => f.endSec[i] - s);
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...starts)).toBeLessThan(36000);
    expect(Math.min(...lives)).toBeGreaterThanOrEqual(2 - 1e-6);
    expect(Math.max(...lives)).toBeLessThanOrEqual(4 + 1e-6);
  });

  it('leaves the first instances untouched when the count grows (common random numbers)', () => {
    const make = (count: number) =>
      buildFleet(scenarioOrThrow({ services: [lr({ count, crashesPerHour: 3 }), sl()], network: { clockSkewSec: 1 } }));
    const a = make(20);
    const b = make(21);
    const slots = (f: ReturnType<typeof make>, upTo: number) =>
      Array.from({ length: f.size }, (_, i) => i)
        .filter((i) => f.group[i] === 0 && f.index[i] < upTo)
        .map((i) => [f.startSec[i], f.endSec[i], f.key[i], f.clockOffsetSec[i]]);
    expect(slots(b, 20)).toEqual(slots(a, 20));
    const jobs = (f: ReturnType<typeof make>) =>
      Array.from({ length: f.size }, (_, i) => i)
        .filter((i) => f.group[i] === 1)
        .map((i) => [f.startSec[i], f.endSec[i]]);
    expect(jobs(b)).toEqual(jobs(a));
  });

  it('stretches the same draws when the arrival rate changes', () => {
    const make = (startsPerMin: number) =>
      buildFleet(scenarioOrThrow({ services: [sl({ startsPerMin, lifetimeSec: { dist: 'exponential', mean: 9 } })] }));
    const a = make(6);
    const b = make(12);
    // Job n keeps its lifetime; its arrival time halves.
    for (let i = 0; i < Math.min(a.size, b.size, 50); i++) {
      expect(b.endSec[i] - b.startSec[i]).toBeCloseTo(a.endSec[i] - a.startSec[i], 5);
      expect(b.startSec[i]).toBeCloseTo(a.startSec[i] / 2, 5);
    }
  });

  it('gives clock offsets with the requested spread', () => {
    const f = buildFleet(scenarioOrThrow({ services: [lr({ count: 4000 })], network: { clockSkewSec: 2 } }));
    let sq = 0;
    for (let i = 0; i < f.size; i++) sq += f.clockOffsetSec[i] ** 2;
    // sd 2: the sample variance of 4,000 normals is 4 ± 4·sqrt(2/4000) ≈ ±0.09.
    expect(Math.abs(sq / f.size - 4)).toBeLessThan(0.45);
  });
});
