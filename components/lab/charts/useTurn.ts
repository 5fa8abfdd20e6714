'use client';

import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Charts draw one at a time. recharts takes tens of milliseconds to mount or redraw one chart
 * (measured: the lab's six took 250-500 ms in one task, at any bucket count), so each chart takes
 * its new props in a task of its own, rendered and committed there, and the page stays responsive
 * between two charts. Turns go in the order they were asked for.
 */
const waiting = new Set<() => void>();
let scheduled = false;

function schedule() {
  if (scheduled || waiting.size === 0) return;
  scheduled = true;
  setTimeout(() => {
    scheduled = false;
    const [turn] = waiting;
    if (turn) {
      waiting.delete(turn);
      turn();
    }
    schedule();
  }, 0);
}

/** `value` once its turn has come (undefined before the first one); a newer value waits for a turn of its own. */
export function useTurn<T>(value: T): T | undefined {
  const [shown, setShown] = useState<T>();
  useEffect(() => {
    // Rendered and committed within the turn's task, so the next turn starts on a free main thread.
    const turn = () => flushSync(() => setShown(() => value));
    waiting.add(turn);
    schedule();
    return () => {
      waiting.delete(turn);
    };
  }, [value]);
  return shown;
}
