'use client';

import { useSyncExternalStore } from 'react';
import { emptyProgress, PROGRESS_STORAGE_KEY, type Progress } from '@/lib/lessons/progress';

/*
 * Course progress in localStorage, shared by every component on the page. Reads go through
 * useSyncExternalStore, so the server render and hydration use the empty progress and the stored
 * one follows right after, without a hydration mismatch. The validator loads after hydration, off
 * the critical path. When storage is unavailable (private mode, blocked cookies) progress lives in
 * memory for the visit.
 */

type Parse = typeof import('@/lib/lessons/progress-schema').parseProgress;

const EMPTY = emptyProgress();
const listeners = new Set<() => void>();
let parse: Parse | null = null;
let parser: Promise<Parse> | null = null;
let memory: Progress = EMPTY;
/** Set when a write failed: from then on the in-memory copy is the truth. */
let writeFailed = false;
let cached: { raw: string | null; progress: Progress } | null = null;

const notify = () => listeners.forEach((l) => l());

function loadParser(): Promise<Parse> {
  parser ??= import('@/lib/lessons/progress-schema').then((m) => {
    parse = m.parseProgress;
    notify();
    return parse;
  });
  return parser;
}

function readRaw(): string | null | undefined {
  try {
    return window.localStorage.getItem(PROGRESS_STORAGE_KEY);
  } catch {
    return undefined;
  }
}

function snapshot(): Progress {
  if (!parse) return EMPTY;
  const raw = writeFailed ? undefined : readRaw();
  if (raw === undefined) return memory;
  // Same string, same object: useSyncExternalStore re-renders only on a real change.
  if (cached?.raw !== raw) cached = { raw, progress: parse(raw).progress };
  return cached.progress;
}

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  void loadParser();
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

/** Applies `change` to the stored progress; resolves true when it changed anything. */
export async function updateProgress(change: (p: Progress) => Progress): Promise<boolean> {
  await loadParser();
  const current = snapshot();
  const next = change(current);
  if (next === current) return false;
  memory = next;
  try {
    window.localStorage.setItem(PROGRESS_STORAGE_KEY, JSON.stringify(next));
  } catch {
    writeFailed = true;
  }
  notify();
  return true;
}
