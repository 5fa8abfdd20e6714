'use client';

import { useSyncExternalStore } from 'react';
import { emptyProgress, PROGRESS_STORAGE_KEY, type Progress } from '@/lib/lessons/progress';

/*
 * Course progress in localStorage, shared by every component on the page. Reads go through
 * useSyncExternalStore, so the server render and hydration use the empty progress and the stored
 * one follows right after, without a hydration mismatch. The validator loads after hydration, and
 * only for a stored string this page did not write itself, so a first visit never pays for it.
 * When storage is unavailable (private mode, blocked cookies) progress lives in memory for the visit.
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
  const raw = writeFailed ? undefined : readRaw();
  if (raw === undefined) return memory;
  if (raw === null) return EMPTY;
  // Same string, same object: useSyncExternalStore re-renders only on a real change.
  if (cached?.raw === raw) return cached.progress;
  // Foreign progress shows once its validator has loaded (subscribe starts that).
  if (!parse) return EMPTY;
  cached = { raw, progress: parse(raw).progress };
  return cached.progress;
}

/** True when storage holds a string this page has not validated yet. */
function unvalidated(): boolean {
  const raw = writeFailed ? null : readRaw();
  return Boolean(raw) && cached?.raw !== raw;
}

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  // A first visit stores nothing yet, and loads no validator.
  if (unvalidated()) void loadParser();
  // Another tab finishing a task updates this one too; its string needs the validator.
  const onStorage = () => void loadParser().then(onChange);
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('storage', onStorage);
  };
}

export function useProgress(): Progress {
  return useSyncExternalStore(subscribe, snapshot, () => EMPTY);
}

/** Applies `change` to the stored progress; resolves true when it changed anything. */
export async function updateProgress(change: (p: Progress) => Progress): Promise<boolean> {
  if (unvalidated()) await loadParser();
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
