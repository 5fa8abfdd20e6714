'use client';

import { useEffect } from 'react';
import { readStorage, useProgress, writeStorage } from './progressStore';

/**
 * Loads saved progress once, writes every change back, and shows why saved data was reset.
 * Mounted once, above the interactive study panels.
 */
export default function Persistence() {
  const notice = useProgress((s) => s.notice);
  const dismiss = useProgress((s) => s.dismissNotice);

  useEffect(() => {
    const { loaded, hydrate } = useProgress.getState();
    if (!loaded) {
      hydrate(readStorage());
      // A reset replaces the unreadable data at once, so the notice is shown only once.
      if (useProgress.getState().notice) writeStorage(useProgress.getState().progress);
    }
    return useProgress.subscribe((s, prev) => {
      if (s.loaded && s.progress !== prev.progress) writeStorage(s.progress);
    });
  }, []);

  if (!notice) return null;
  return (
    <div
      role="alert"
      className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-card border border-bad/40 bg-surface p-4"
    >
      <p className="max-w-2xl">{notice}</p>
      <button type="button" className="lab-chip" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
