'use client';

import { useId, useState } from 'react';
import { DECK } from '@/lib/study/deck';
import { parseImport, serialize, summarize, type Progress } from '@/lib/study/progress';
import { buildQueue } from '@/lib/study/scheduler';
import { useProgress } from './progressStore';

type Status = { tone: 'ok' | 'error'; text: string } | null;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "12 cards (30 reviews) and 3 quiz rounds" */
function describe(p: Progress): string {
  const { cards, reviews, quizRounds } = summarize(p);
  return `${plural(cards, 'card')} (${plural(reviews, 'review')}) and ${plural(quizRounds, 'quiz round')}`;
}

/** What is saved on this device, and moving it to another one as a JSON file. */
export default function ProgressPanel() {
  const loaded = useProgress((s) => s.loaded);
  const progress = useProgress((s) => s.progress);
  const saveError = useProgress((s) => s.saveError);
  const beforeImport = useProgress((s) => s.beforeImport);
  const { importProgress, undoImport, reset: resetProgress } = useProgress.getState();
  const [status, setStatus] = useState<Status>(null);
  /** A file read and accepted, waiting for the learner to confirm that it replaces their progress. */
  const [pending, setPending] = useState<Progress | null>(null);
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

  const chooseFile = async (file: File | undefined) => {
    if (!file) return;
    setPending(null);
    let text: string;
    try {
      text = await file.text();
    } catch {
      setStatus({ tone: 'error', text: 'This file could not be read. Your current progress is unchanged.' });
      return;
    }
    const result = parseImport(text);
    if (!result.ok) {
      setStatus({ tone: 'error', text: `${result.error} Your current progress is unchanged.` });
      return;
    }
    setStatus(null);
    setPending(result.progress);
  };

  const confirmImport = () => {
    if (!pending) return;
    importProgress(pending);
    setPending(null);
    setStatus({ tone: 'ok', text: `Imported ${describe(pending)}.` });
  };

  const undo = () => {
    undoImport();
    setStatus({ tone: 'ok', text: 'Import undone: your previous progress is back.' });
  };

  const reset = () => {
    if (!window.confirm('Forget all flashcard reviews and quiz rounds on this device?')) return;
    resetProgress();
    setPending(null);
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
      <p className={`mt-4 max-w-2xl text-sm ${saveError ? 'text-bad' : 'text-muted'}`} data-testid="save-state">
        {saveError
          ? 'Progress is not being saved in this browser right now. Export it to keep a copy.'
          : 'Progress is saved in this browser only. Export it to keep a copy or to continue on another device.'}
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
              void chooseFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
        <button type="button" className="lab-chip text-bad" onClick={reset}>
          Reset progress
        </button>
      </div>
      {pending ? (
        <div role="alert" data-testid="import-confirm" className="mt-4 max-w-2xl rounded-card border border-border p-4">
          <p>
            This file holds {describe(pending)}. Importing it replaces your progress on this device:{' '}
            {describe(progress)}.
          </p>
          <div className="mt-3 flex flex-wrap gap-2">
            <button type="button" className="lab-chip border-fg bg-fg text-bg hover:bg-fg" onClick={confirmImport}>
              Replace my progress
            </button>
            <button type="button" className="lab-chip" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <p
        role={status?.tone === 'error' ? 'alert' : 'status'}
        className={`mt-3 min-h-6 ${status?.tone === 'error' ? 'text-bad' : 'text-good'}`}
      >
        {status?.text}
      </p>
      {beforeImport ? (
        <button type="button" className="lab-chip" onClick={undo}>
          Undo import
        </button>
      ) : null}
    </div>
  );
}
