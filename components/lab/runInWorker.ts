'use client';

import type { ToWorker } from '@/lib/lab/worker-protocol';
import type { ScenarioInput } from '@/lib/scenario/schema';
import type { Report } from '@/lib/sim/report';
import { spawnSimulationWorker } from './spawnSimulationWorker';

/**
 * Runs one scenario in a simulation worker of its own, off the main thread, and ends the worker
 * when done. `cancel` ends it early and leaves the promise pending.
 */
export function runInWorker(scenario: ScenarioInput): { result: Promise<Report>; cancel: () => void } {
  let settle!: { resolve: (r: Report) => void; reject: (e: Error) => void };
  const result = new Promise<Report>((resolve, reject) => (settle = { resolve, reject }));
  const worker = spawnSimulationWorker(
    (m) => {
      if (m.type === 'progress' || m.type === 'decoded') return;
      worker.terminate();
      if (m.type === 'done') settle.resolve(m.report);
      else settle.reject(new Error(m.message));
    },
    (message) => {
      worker.terminate();
      settle.reject(new Error(message));
    },
  );
  worker.postMessage({ type: 'run', runId: 1, scenario } satisfies ToWorker);
  return { result, cancel: () => worker.terminate() };
}
