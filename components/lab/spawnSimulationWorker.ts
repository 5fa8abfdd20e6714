'use client';

import { fromWire, type FromWorker, type WireMessage } from '@/lib/lab/worker-protocol';

/**
 * Starts a simulation worker (components/lab/simulation.worker.ts) and wires its two outlets:
 * every message (a report unpacked), and a crash, reported as a sentence for the learner.
 */
export function spawnSimulationWorker(onMessage: (m: FromWorker) => void, onCrash: (message: string) => void): Worker {
  const worker = new Worker(new URL('./simulation.worker.ts', import.meta.url));
  worker.onmessage = (e: MessageEvent<WireMessage>) => onMessage(fromWire(e.data));
  worker.onerror = (e) => {
    e.preventDefault();
    onCrash(`The simulation stopped unexpectedly: ${e.message}`);
  };
  return worker;
}
