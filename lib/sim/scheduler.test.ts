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

  it('takes events in exactly the order of a reference model, with follow-ups scheduled on the way (property)', () => {
    const event = fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 3 }));
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 100 }),
        fc.array(
          fc.array(fc.tuple(fc.integer({ min: -5, max: 20 }), fc.integer({ min: 0, max: 3 })), { maxLength: 3 }),
          {
            maxLength: 200,
          },
        ),
        (initial, followUps) => {
          const q = new Scheduler(4);
          const pending: { t: number; kind: number; seq: number }[] = [];
          let seq = 0;
          const add = (t: number, kind: number) => {
            q.schedule(t, kind, seq);
            pending.push({ t, kind, seq: seq++ });
          };
          for (const [t, kind] of initial) add(t, kind);
          for (let step = 0; q.take(); step++) {
            pending.sort((a, b) => a.t - b.t || a.kind - b.kind || a.seq - b.seq);
            const expected = pending.shift()!;
            expect([q.time, q.kind, q.item]).toEqual([expected.t, expected.kind, expected.seq]);
            // Follow-ups may land before, among or after what is queued (negative delays included).
            for (const [delay, kind] of followUps[step] ?? []) add(q.time + delay, kind);
          }
          expect(pending).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
