'use client';

import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { LabStore } from '@/lib/lab/store';
import type { ToWorker } from '@/lib/lab/worker-protocol';
import { spawnSimulationWorker } from './spawnSimulationWorker';

/**
 * Keeps a simulation worker running the store's current scenario; results flow back into the
 * store. With `openLink`, a shared link in the address bar is read (by the worker) first.
 */
export function useSimulationWorker(store: StoreApi<LabStore>, { openLink = false } = {}) {
  useEffect(() => {
    const worker = spawnSimulationWorker(
      (m) => {
        const s = store.getState();
        if (m.type === 'decoded') s.openLink(m.link);
        else if (m.type === 'progress') s.runProgress(m.runId, m.progress);
        else if (m.type === 'done') s.runFinished(m.runId, m.report, m.wallMs);
        else if (m.type === 'refused') s.runRefused(m.runId, m.message);
        else s.runFailed(m.runId, m.message);
      },
      (message) => store.getState().runFailed(store.getState().runId, message),
    );
    const post = (m: ToWorker) => worker.postMessage(m);
    const send = () => {
      const { runId, scenario } = store.getState();
      post({ type: 'run', runId, scenario });
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
