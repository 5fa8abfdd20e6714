'use client';

import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { LabStore } from '@/lib/lab/store';

export const LabStoreContext = createContext<StoreApi<LabStore> | null>(null);

export function useLabStoreApi(): StoreApi<LabStore> {
  const store = useContext(LabStoreContext);
  if (!store) throw new Error('useLab must be used inside <LabStoreContext.Provider>');
  return store;
}

/** Subscribes to one slice of the lab's state; re-renders only when that slice changes. */
export function useLab<T>(selector: (s: LabStore) => T): T {
  return useStore(useLabStoreApi(), selector);
}
