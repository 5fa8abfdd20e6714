'use client';

import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { LabStore } from '@/lib/lab/store';
import { encodeScenario } from '@/lib/scenario/url';

/** Keeps the address bar describing the current scenario (the worker reads a link that opens the lab). */
export function useUrlSync(store: StoreApi<LabStore>) {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.scenario === prev.scenario && s.presetId === prev.presetId) return;
      clearTimeout(timer);
      // Debounced: a dragged slider would otherwise rewrite history dozens of times a second.
      timer = setTimeout(() => {
        const query = encodeScenario(s.scenario, s.presetId);
        const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
        window.history.replaceState(window.history.state, '', url);
      }, 250);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [store]);
}
