'use client';

import type { FromWorker, ToWorker } from '@/lib/lab/worker-protocol';
import type { ScenarioInput } from '@/lib/scenario/schema';
import type { Report } from '@/lib/sim/report';

/**
 * Runs one scenario in a simulation worker of its own, off the main thread, and ends the worker
 * when done. `cancel` ends it early and leaves the promise pending.
 */
export function runInWorker(scenario: ScenarioInput): { result: Promise<Report>; cancel: () => void } {
  const worker = new Worker(new URL('./simulation.worker.ts', import.meta.url));
  const result = new Promise<Report>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.type === 'progress' || m.type === 'decoded') return;
      worker.terminate();
      if (m.type === 'done') resolve(m.report);
      else reject(new Error(m.message));
    };
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      reject(new Error(`The simulation stopped unexpectedly: ${e.message}`));
    };
  });
  worker.postMessage({ type: 'run', runId: 1, scenario } satisfies ToWorker);
  return { result, cancel: () => worker.terminate() };
}
