'use client';

import { useSyncExternalStore } from 'react';
import { LESSON_CODEC, LESSON_SECTION, lessonLoadNotice, type LessonProgress } from '@/lib/lessons/progress';
import { DATA_KEY } from '@/lib/storage';
import { siteData } from '../ui/browserStorage';

/*
 * Course progress in localStorage, shared by every component on the page. Reads go through
 * useSyncExternalStore, so the server render and hydration use the empty progress and the stored
 * one follows right after, without a hydration mismatch. When storage cannot be written (private
 * mode, quota, a newer version's data) progress lives in memory for the visit, and the page says so.
 */

export interface LessonProgressState {
  progress: LessonProgress;
  /** How stored progress loaded, when the reader should know (reset, kept aside). */
  notice: string | null;
  /** Why the latest change was not saved; null once a save works. */
  saveError: string | null;
}

const storage = siteData.section(LESSON_SECTION);
const SERVER: LessonProgressState = { progress: LESSON_CODEC.empty(), notice: null, saveError: null };
const listeners = new Set<() => void>();
let state: LessonProgressState | null = null;

const notify = () => listeners.forEach((l) => l());

function load(): LessonProgressState {
  const loaded = storage.load();
  return { progress: loaded.value, notice: lessonLoadNotice(loaded), saveError: null };
}

const snapshot = (): LessonProgressState => (state ??= load());

/** Another tab finishing a task updates this one too; a failed save here keeps this tab's copy. */
function onStorage(e: StorageEvent) {
  if (e.key !== DATA_KEY || state?.saveError) return;
  state = load();
  notify();
}

// An import (or its undo) on /study replaces the document: read it again.
siteData.subscribe((change) => {
  if (change !== 'replaced' || state === null) return;
  state = load();
  notify();
});

function subscribe(onChange: () => void) {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(onChange);
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

export function useLessonProgressState(): LessonProgressState {
  return useSyncExternalStore(subscribe, snapshot, () => SERVER);
}

export function useLessonProgress(): LessonProgress {
  return useLessonProgressState().progress;
}

/** Applies `change` to the progress and saves it; true when it changed anything. */
export function updateLessonProgress(change: (p: LessonProgress) => LessonProgress): boolean {
  const current = snapshot();
  const next = change(current.progress);
  if (next === current.progress) return false;
  const saved = storage.save(next);
  state = {
    progress: next,
    // A saved change replaces whatever could not be read, so its notice has been dealt with.
    notice: saved.ok ? null : current.notice,
    saveError: saved.ok
      ? null
      : saved.reason === 'newer'
        ? 'Not saved: this browser holds course progress from a newer version of the site, which is kept as it is.'
        : 'Your progress could not be saved in this browser (storage is full, blocked or in private mode). It is kept until you leave this page.',
  };
  notify();
  return true;
}

/** Hides the notices until something new happens. */
export function dismissLessonNotices() {
  if (!state) return;
  state = { ...state, notice: null, saveError: null };
  notify();
}
