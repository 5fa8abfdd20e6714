'use client';

import { create } from 'zustand';
import type { Grade } from 'ts-fsrs';
import {
  loadNotice,
  STUDY_CODEC,
  STUDY_SECTION,
  withAttempt,
  withCard,
  type Progress,
  type QuizAttempt,
} from '@/lib/study/progress';
import { review, type CardState } from '@/lib/study/scheduler';
import type { Saved } from '@/lib/storage';
import { siteData } from '../ui/browserStorage';

const storage = siteData.section(STUDY_SECTION);

/** What the learner is told when a save did not happen, or null when it did. */
export function saveProblem(saved: Saved): string | null {
  if (saved.ok) return null;
  if (saved.reason === 'newer')
    return 'Not saved: this browser holds study progress from a newer version of the site, which is kept as it is.';
  return 'Your progress could not be saved in this browser (storage is full, blocked or in private mode). It is kept until you leave this page: export it to keep a copy.';
}

interface ProgressStore {
  progress: Progress;
  /** False until localStorage has been read; views show a loading state until then. */
  loaded: boolean;
  /** Why saved progress had to be reset or was kept aside, shown until dismissed. */
  notice: string | null;
  /** Why the latest change was not saved; cleared by the next save that works. */
  saveError: string | null;
  hydrate(): void;
  grade(cardId: string, grade: Grade, now: Date): void;
  /** Puts a card back as it was before a grade: its earlier state, or new when it had none. */
  restoreCard(cardId: string, before: CardState | undefined): void;
  addAttempt(attempt: QuizAttempt): void;
  reset(): void;
  dismissNotice(): void;
}

export const useProgress = create<ProgressStore>()((set, get) => {
  /** Every change goes through here: keep it in memory, save it, and say when saving failed. */
  const commit = (progress: Progress) => set({ progress, saveError: saveProblem(storage.save(progress)) });
  // An import (or its undo) replaced the stored document: this is what the learner now has.
  siteData.subscribe((change) => {
    if (change !== 'replaced' || !get().loaded) return;
    const loaded = storage.load();
    set({ progress: loaded.value, notice: loadNotice(loaded), saveError: null });
  });
  return {
    progress: STUDY_CODEC.empty(),
    loaded: false,
    notice: null,
    saveError: null,
    hydrate: () => {
      if (get().loaded) return;
      const loaded = storage.load();
      set({ progress: loaded.value, loaded: true, notice: loadNotice(loaded) });
      // A reset replaces the unreadable data at once, so its notice is shown only once.
      if (loaded.status === 'reset') commit(loaded.value);
    },
    grade: (cardId, grade, now) => {
      const { progress } = get();
      commit(withCard(progress, cardId, review(progress.cards[cardId], grade, now)));
    },
    restoreCard: (cardId, before) => {
      const { progress } = get();
      if (before) return commit(withCard(progress, cardId, before));
      const cards = { ...progress.cards };
      delete cards[cardId];
      commit({ ...progress, cards });
    },
    addAttempt: (attempt) => commit(withAttempt(get().progress, attempt)),
    reset: () => commit(STUDY_CODEC.empty()),
    dismissNotice: () => set({ notice: null }),
  };
});
