'use client';

import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { LabStore } from '@/lib/lab/store';
import type { FromWorker, ToWorker } from '@/lib/lab/worker-protocol';

/**
 * Keeps a simulation worker running the store's current scenario; results flow back into the
 * store. With `openLink`, a shared link in the address bar is read (by the worker) first.
 */
export function useSimulationWorker(store: StoreApi<LabStore>, { openLink = false } = {}) {
  useEffect(() => {
    const worker = new Worker(new URL('./simulation.worker.ts', import.meta.url));
    const post = (m: ToWorker) => worker.postMessage(m);
    const send = () => {
      const { runId, scenario } = store.getState();
      post({ type: 'run', runId, scenario });
    };
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      const s = store.getState();
      if (m.type === 'decoded') s.openLink(m.link);
      else if (m.type === 'progress') s.runProgress(m.runId, m.progress);
      else if (m.type === 'done') s.runFinished(m.runId, m.report, m.wallMs);
      else if (m.type === 'refused') s.runRefused(m.runId, m.message);
      else s.runFailed(m.runId, m.message);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      store.getState().runFailed(store.getState().runId, `The simulation stopped unexpectedly: ${e.message}`);
    };
    // A link replaces the scenario as soon as it is read; running the defaults first would be wasted.
    const search = openLink ? window.location.search : '';
    if (search) post({ type: 'decode', search });
    else send();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.runId !== prev.runId) send();
    });
    return () => {
      unsubscribe();
      worker.terminate();
    };
  }, [store, openLink]);
}
