'use client';

import { useId, useState } from 'react';
import { DECK } from '@/lib/study/deck';
import { emptyProgress, parseImport, serialize } from '@/lib/study/progress';
import { buildQueue } from '@/lib/study/scheduler';
import { useProgress } from './progressStore';

type Status = { tone: 'ok' | 'error'; text: string } | null;

/** What is saved on this device, and moving it to another one as a JSON file. */
export default function ProgressPanel() {
  const loaded = useProgress((s) => s.loaded);
  const progress = useProgress((s) => s.progress);
  const replace = useProgress((s) => s.replace);
  const [status, setStatus] = useState<Status>(null);
  const fileId = useId();

  if (!loaded) return <p className="text-muted">Loading your progress…</p>;

  const studied = DECK.filter((c) => progress.cards[c.id]).length;
  const due = buildQueue(
    DECK.map((c) => c.id),
    progress.cards,
    new Date(),
    0,
  ).dueReviews;
  const last = progress.quiz.at(-1);

  const exportFile = () => {
    const url = URL.createObjectURL(new Blob([serialize(progress)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `pushpull-study-progress-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    URL.revokeObjectURL(url);
    setStatus({ tone: 'ok', text: 'Progress exported.' });
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = parseImport(await file.text());
    if (!result.ok) {
      setStatus({ tone: 'error', text: `${result.error} Your current progress is unchanged.` });
      return;
    }
    replace(result.progress);
    const cards = Object.keys(result.progress.cards).length;
    setStatus({ tone: 'ok', text: `Imported ${cards} cards and ${result.progress.quiz.length} quiz rounds.` });
  };

  const reset = () => {
    if (!window.confirm('Forget all flashcard reviews and quiz rounds on this device?')) return;
    replace(emptyProgress());
    setStatus({ tone: 'ok', text: 'Progress reset.' });
  };

  return (
    <div className="rounded-card border border-border bg-surface p-5 sm:p-6">
      <h3 className="text-xl font-semibold">Your progress</h3>
      <dl className="mt-3 grid max-w-lg grid-cols-[auto_1fr] gap-x-6 gap-y-1">
        <dt className="text-muted">Cards studied</dt>
        <dd data-testid="cards-studied">
          {studied} of {DECK.length}
        </dd>
        <dt className="text-muted">Due for review now</dt>
        <dd>{due}</dd>
        <dt className="text-muted">Quiz rounds</dt>
        <dd>
          {progress.quiz.length}
          {last ? ` (last: ${last.score} of ${last.total})` : ''}
        </dd>
      </dl>
      <p className="mt-4 max-w-2xl text-sm text-muted">
        Progress is saved in this browser only. Export it to keep a copy or to continue on another device.
      </p>
      <div className="mt-4 flex flex-wrap items-center gap-2">
        <button type="button" className="lab-chip" onClick={exportFile}>
          Export progress
        </button>
        <label htmlFor={fileId} className="lab-chip cursor-pointer focus-within:outline-2 focus-within:outline-ring">
          Import progress
          <input
            id={fileId}
            type="file"
            accept="application/json,.json"
            className="sr-only"
            onChange={(e) => {
              void importFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
        <button type="button" className="lab-chip text-bad" onClick={reset}>
          Reset progress
        </button>
      </div>
      <p
        role={status?.tone === 'error' ? 'alert' : 'status'}
        className={`mt-3 min-h-6 ${status?.tone === 'error' ? 'text-bad' : 'text-good'}`}
      >
        {status?.text}
      </p>
    </div>
  );
}
