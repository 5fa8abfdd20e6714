'use client';

import { create } from 'zustand';
import type { Grade } from 'ts-fsrs';
import {
  emptyProgress,
  parseStored,
  serialize,
  STORAGE_KEY,
  withAttempt,
  withCard,
  type Progress,
  type QuizAttempt,
} from '@/lib/study/progress';
import { review } from '@/lib/study/scheduler';

interface ProgressStore {
  progress: Progress;
  /** False until localStorage has been read; views show a loading state until then. */
  loaded: boolean;
  /** Why saved progress had to be reset, shown once to the learner. */
  notice: string | null;
  hydrate(raw: string | null): void;
  grade(cardId: string, grade: Grade, now: Date): void;
  addAttempt(attempt: QuizAttempt): void;
  replace(progress: Progress): void;
  dismissNotice(): void;
}

export const useProgress = create<ProgressStore>()((set) => ({
  progress: emptyProgress(),
  loaded: false,
  notice: null,
  hydrate: (raw) => set({ ...parseStored(raw), loaded: true }),
  grade: (cardId, grade, now) =>
    set((s) => ({ progress: withCard(s.progress, cardId, review(s.progress.cards[cardId], grade, now)) })),
  addAttempt: (attempt) => set((s) => ({ progress: withAttempt(s.progress, attempt) })),
  replace: (progress) => set({ progress }),
  dismissNotice: () => set({ notice: null }),
}));

/** localStorage can throw (privacy modes, quota); progress then lives for this visit only. */
export function readStorage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function writeStorage(progress: Progress) {
  try {
    localStorage.setItem(STORAGE_KEY, serialize(progress));
  } catch {
    // Nothing to do: the in-memory progress still works.
  }
}
