'use client';

import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { LabStore } from '@/lib/lab/store';
import type { FromWorker, ToWorker } from '@/lib/lab/worker-protocol';

/** Keeps a simulation worker running the store's current scenario; results flow back into the store. */
export function useSimulationWorker(store: StoreApi<LabStore>) {
  useEffect(() => {
    const worker = new Worker(new URL('./simulation.worker.ts', import.meta.url));
    const send = () => {
      const { runId, scenario } = store.getState();
      worker.postMessage({ type: 'run', runId, scenario } satisfies ToWorker);
    };
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      const s = store.getState();
      if (m.type === 'progress') s.runProgress(m.runId, m.progress);
      else if (m.type === 'done') s.runFinished(m.runId, m.report, m.wallMs);
      else s.runFailed(m.runId, m.message);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      store.getState().runFailed(store.getState().runId, `The simulation stopped unexpectedly: ${e.message}`);
    };
    send();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.runId !== prev.runId) send();
    });
    return () => {
      unsubscribe();
      worker.terminate();
    };
  }, [store]);
}
