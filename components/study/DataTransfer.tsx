'use client';

import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import {
  dataCounts,
  describeStudy,
  parseDataFile,
  serializeData,
  toSectionJson,
  toSections,
  type DataImport,
  type SiteData,
} from '@/lib/site-data';
import { SECTION_NAMES, type Saved } from '@/lib/storage';
import { countRecordings, deleteRecordings } from '../diagnostic/audioStore';
import { siteData } from '../ui/browserStorage';
import { downloadText } from './downloadText';

type Status = { tone: 'ok' | 'error'; text: string } | null;
type Accepted = Exclude<DataImport, { ok: false }>;

const notSaved = (saved: Saved) =>
  saved.ok
    ? null
    : saved.reason === 'newer'
      ? 'this browser holds data from a newer version of the site, which is kept as it is'
      : 'this browser refused to store it (storage full, blocked or in private mode)';

const canUndo = () => siteData.canUndo();

/**
 * Everything the site keeps, as one file: export it, import one (after saying what it replaces and
 * asking), undo that once, or reset it all. Recordings stay in this browser: they are counted, and
 * deleted by a reset, but not exported.
 */
export function DataTransfer({ current, saveError }: { current: SiteData; saveError: boolean }) {
  const [status, setStatus] = useState<Status>(null);
  /** A file read and accepted, waiting for the learner to confirm that it replaces their progress. */
  const [pending, setPending] = useState<Accepted | null>(null);
  const [lastChange, setLastChange] = useState<'import' | 'reset'>('import');
  const [recordings, setRecordings] = useState<number | null>(null);
  const undoable = useSyncExternalStore(siteData.subscribe, canUndo, () => false);
  const fileId = useId();

  useEffect(() => {
    let live = true;
    void countRecordings().then((n) => live && setRecordings(n));
    return () => {
      live = false;
    };
  }, []);

  const exportFile = () => {
    downloadText(
      serializeData(current),
      `pushpull-lab-progress-${new Date().toISOString().slice(0, 10)}.json`,
      'application/json',
    );
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
    const result = parseDataFile(text);
    if (!result.ok) {
      setStatus({ tone: 'error', text: `${result.error} Your current progress is unchanged.` });
      return;
    }
    setStatus(null);
    setPending(result);
  };

  const confirmImport = () => {
    if (!pending) return;
    const saved = siteData.replace(
      pending.scope === 'all' ? toSections(pending.data) : { study: toSectionJson('study', pending.study) },
    );
    setPending(null);
    const problem = notSaved(saved);
    if (problem) return setStatus({ tone: 'error', text: `Not imported: ${problem}. Your progress is unchanged.` });
    setLastChange('import');
    setStatus({
      tone: 'ok',
      text:
        pending.scope === 'all'
          ? 'Imported everything in the file.'
          : `Imported ${describeStudy(pending.study)}. Everything else is unchanged.`,
    });
  };

  const undo = () => {
    const problem = notSaved(siteData.undo());
    setStatus(
      problem
        ? { tone: 'error', text: `Could not undo: ${problem}.` }
        : {
            tone: 'ok',
            text: `${lastChange === 'import' ? 'Import' : 'Reset'} undone: your previous progress is back.`,
          },
    );
  };

  const reset = async () => {
    const audio = recordings
      ? ` and delete ${recordings === 1 ? 'the recording' : `${recordings} recordings`} of your spoken answers (recordings cannot be restored)`
      : '';
    if (
      !window.confirm(
        `Forget everything this site keeps on this device: lessons, flashcards, quiz rounds, checks and spoken answers${audio}?`,
      )
    )
      return;
    setPending(null);
    const problem = notSaved(siteData.replace(Object.fromEntries(SECTION_NAMES.map((n) => [n, undefined]))));
    if (problem) return setStatus({ tone: 'error', text: `Not reset: ${problem}.` });
    if (recordings) setRecordings((await deleteRecordings()) ? 0 : await countRecordings());
    setLastChange('reset');
    setStatus({ tone: 'ok', text: 'Progress reset.' });
  };

  return (
    <section aria-labelledby="keep-title" className="rounded-card border border-border bg-surface p-5 sm:p-6">
      <h2 id="keep-title" className="text-xl font-semibold">
        Keep your progress
      </h2>
      <p className={`mt-2 max-w-2xl text-sm ${saveError ? 'text-bad' : 'text-muted'}`} data-testid="save-state">
        {saveError
          ? 'Progress is not being saved in this browser right now. Export it to keep a copy.'
          : 'Progress is saved in this browser only. Export it to keep a copy or to continue on another device: one file holds the lessons, flashcards, quiz rounds, checks and spoken answers.'}
      </p>
      {recordings ? (
        <p className="mt-2 max-w-2xl text-sm text-muted" data-testid="recordings">
          {recordings === 1 ? 'One recording' : `${recordings} recordings`} of your spoken answers stay in this browser:
          they are not part of the file.
        </p>
      ) : null}
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
        <button type="button" className="lab-chip text-bad" onClick={() => void reset()}>
          Reset progress
        </button>
      </div>
      {pending ? (
        <ImportConfirm
          pending={pending}
          current={current}
          onConfirm={confirmImport}
          onCancel={() => setPending(null)}
        />
      ) : null}
      <p
        role={status?.tone === 'error' ? 'alert' : 'status'}
        className={`mt-3 min-h-6 ${status?.tone === 'error' ? 'text-bad' : 'text-good'}`}
      >
        {status?.text}
      </p>
      {undoable ? (
        <button type="button" className="lab-chip" onClick={undo}>
          {lastChange === 'import' ? 'Undo import' : 'Undo reset'}
        </button>
      ) : null}
    </section>
  );
}

/** What the file holds against what this device holds, row by row, and the question. */
function ImportConfirm({
  pending,
  current,
  onConfirm,
  onCancel,
}: {
  pending: Accepted;
  current: SiteData;
  onConfirm(): void;
  onCancel(): void;
}) {
  const titleId = useId();
  const replaced = pending.scope === 'all' ? pending.data : { ...current, study: pending.study };
  return (
    <div
      role="alertdialog"
      aria-labelledby={titleId}
      data-testid="import-confirm"
      className="mt-4 max-w-2xl rounded-card border border-border p-4"
    >
      {pending.scope === 'study' ? (
        <p id={titleId}>
          This file holds {describeStudy(pending.study)}. Importing it replaces your progress on this device:{' '}
          {describeStudy(current.study)}.
        </p>
      ) : (
        <>
          <p id={titleId}>Importing this file replaces everything on this device:</p>
          <table className="mt-2 w-full text-left text-sm">
            <thead>
              <tr className="border-b border-border">
                <th scope="col" className="py-1 pr-3 font-medium">
                  What
                </th>
                <th scope="col" className="px-2 py-1 text-right font-medium">
                  This device
                </th>
                <th scope="col" className="px-2 py-1 text-right font-medium">
                  The file
                </th>
              </tr>
            </thead>
            <tbody className="tabular-nums">
              {dataCounts(current).map((row, i) => (
                <tr key={row.label} className="border-b border-border last:border-0">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {row.label}
                  </th>
                  <td className="px-2 py-1 text-right">{row.count}</td>
                  <td className="px-2 py-1 text-right">{dataCounts(replaced)[i].count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className="lab-chip border-fg bg-fg text-bg hover:bg-fg" onClick={onConfirm}>
          Replace my progress
        </button>
        <button type="button" className="lab-chip" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
