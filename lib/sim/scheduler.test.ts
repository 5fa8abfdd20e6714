import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Scheduler } from './scheduler';

function drain(q: Scheduler): [number, number, number][] {
  const out: [number, number, number][] = [];
  while (q.take()) out.push([q.time, q.kind, q.item]);
  return out;
}

describe('Scheduler', () => {
  it('orders by time, then kind, then insertion', () => {
    const q = new Scheduler(2);
    q.schedule(5, 1, 10);
    q.schedule(1, 2, 11);
    q.schedule(5, 0, 12);
    q.schedule(5, 1, 13);
    q.schedule(1, 2, 14);
    expect(drain(q)).toEqual([
      [1, 2, 11],
      [1, 2, 14],
      [5, 0, 12],
      [5, 1, 10],
      [5, 1, 13],
    ]);
  });

  it('lets a handler reschedule the taken event in place', () => {
    const q = new Scheduler();
    q.schedule(1, 0, 1);
    q.schedule(2, 0, 2);
    expect(q.take()).toBe(true);
    q.schedule(3, 0, 1); // replaces the taken slot
    q.schedule(2.5, 0, 3); // a second follow-up is a plain insert
    expect(q.length).toBe(3);
    expect(drain(q).map((e) => e[0])).toEqual([2, 2.5, 3]);
  });

  it('matches a sort of everything scheduled, with random follow-ups (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 3 })), { maxLength: 200 }),
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }),
        (initial, delays) => {
          const q = new Scheduler(4);
          const all: { t: number; seq: number }[] = [];
          let seq = 0;
          const add = (t: number, kind: number) => {
            q.schedule(t, kind, seq);
            all.push({ t, seq: seq++ });
          };
          for (const [t, kind] of initial) add(t, kind);
          const seen: number[] = [];
          let d = 0;
          let lastT = -Infinity;
          while (q.take()) {
            expect(q.time).toBeGreaterThanOrEqual(lastT);
            lastT = q.time;
            seen.push(q.item);
            if (d < delays.length) add(q.time + delays[d++], 1);
          }
          // Every event comes out exactly once, in non-decreasing time (checked above).
          expect([...seen].sort((a, b) => a - b)).toEqual(all.map((e) => e.seq));
        },
      ),
      { numRuns: 100 },
    );
  });
});
