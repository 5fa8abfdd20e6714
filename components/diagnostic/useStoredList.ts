'use client';

import { useSyncExternalStore } from 'react';
import { DATA_KEY, type Loaded, type Section } from '@/lib/storage';
import { siteData } from '../ui/browserStorage';

export interface StoredList<T> {
  items: readonly T[];
  /** How stored data loaded, when the learner should know (reset, newer, unavailable). */
  notice: string | null;
  /** Why the latest change was not saved; null once a save works. */
  saveError: string | null;
}

function loadNotice(l: Loaded<unknown>): string | null {
  if (l.status === 'reset') return `Your saved history could not be read (${l.reason}), so it starts afresh.`;
  if (l.status === 'newer')
    return 'Your saved history comes from a newer version of this site; it is kept as it is and new results last only for this visit.';
  if (l.status === 'unavailable')
    return 'This browser does not let the site save, so results last only for this visit.';
  return null;
}

/**
 * A history list kept in localStorage through the shared versioned wrapper, read with
 * useSyncExternalStore: the server render sees an empty list, the stored one follows on hydration.
 * When a save fails the list lives in memory for the visit and the page says why.
 */
export function storedList<T>(section: Section<T[]>) {
  const storage = siteData.section(section);
  const listeners = new Set<() => void>();
  const server: StoredList<T> = { items: [], notice: null, saveError: null };
  let state: StoredList<T> | null = null;

  const load = (): StoredList<T> => {
    const l = storage.load();
    return { items: l.value, notice: loadNotice(l), saveError: null };
  };
  const snapshot = () => (state ??= load());
  const reload = () => {
    state = load();
    listeners.forEach((l) => l());
  };
  const onStorage = (e: StorageEvent) => {
    if (e.key === DATA_KEY && !state?.saveError) reload();
  };
  // An import (or its undo) on /study replaces the document: read it again.
  siteData.subscribe((change) => {
    if (change === 'replaced' && state !== null) reload();
  });
  const subscribe = (l: () => void) => {
    if (!listeners.size) window.addEventListener('storage', onStorage);
    listeners.add(l);
    return () => {
      listeners.delete(l);
      if (!listeners.size) window.removeEventListener('storage', onStorage);
    };
  };

  function write(items: T[]) {
    const current = snapshot();
    const saved = storage.save(items);
    const saveError = saved.ok
      ? null
      : saved.reason === 'newer'
        ? 'Not saved: this device holds data from a newer version of the site.'
        : 'Not saved: this browser refused to store it. It stays until you leave the page.';
    state = { items, notice: current.notice, saveError };
    listeners.forEach((l) => l());
  }

  const add = (item: T) => write([...snapshot().items, item]);
  const useList = () => useSyncExternalStore(subscribe, snapshot, () => server);
  return { useList, add, clear: () => write([]) };
}
