'use client';

import { useSyncExternalStore } from 'react';
import { emptyProgress, parseProgress, PROGRESS_STORAGE_KEY, type Progress } from '@/lib/lessons/progress';

/*
 * Course progress in localStorage, shared by every component on the page. Reads go through
 * useSyncExternalStore, so the server render and hydration use the empty progress and the stored
 * one follows right after, without a hydration mismatch. When storage is unavailable (private
 * mode, blocked cookies) progress lives in memory for the visit.
 */

const EMPTY = emptyProgress();
const listeners = new Set<() => void>();
let memory: Progress = EMPTY;
/** Set when a write failed: from then on the in-memory copy is the truth. */
let writeFailed = false;
let cached: { raw: string | null; progress: Progress } | null = null;

const notify = () => listeners.forEach((l) => l());

function readRaw(): string | null | undefined {
  try {
    return window.localStorage.getItem(PROGRESS_STORAGE_KEY);
  } catch {
    return undefined;
  }
}

function snapshot(): Progress {
  const raw = writeFailed ? undefined : readRaw();
  if (raw === undefined) return memory;
  if (raw === null) return EMPTY;
  // Same string, same object: useSyncExternalStore re-renders only on a real change.
  if (cached?.raw === raw) return cached.progress;
  cached = { raw, progress: parseProgress(raw).progress };
  return cached.progress;
}

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  // Another tab finishing a task updates this one too.
  window.addEventListener('storage', onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('storage', onChange);
  };
}

export function useProgress(): Progress {
  return useSyncExternalStore(subscribe, snapshot, () => EMPTY);
}

/** Applies `change` to the stored progress; true when it changed anything. */
export function updateProgress(change: (p: Progress) => Progress): boolean {
  const current = snapshot();
  const next = change(current);
  if (next === current) return false;
  memory = next;
  try {
    const raw = JSON.stringify(next);
    window.localStorage.setItem(PROGRESS_STORAGE_KEY, raw);
    cached = { raw, progress: next };
  } catch {
    writeFailed = true;
  }
  notify();
  return true;
}
