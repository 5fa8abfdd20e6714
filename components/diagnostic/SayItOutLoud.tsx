'use client';

import { useId, useState } from 'react';
import { RubricChecklist } from '@/components/study/RubricChecklist';
import { TextAnswer } from '@/components/ui/TextAnswer';
import type { SpokenAnswer } from '@/lib/diagnostic/store';
import { MOCK_QUESTIONS, QUESTION } from '@/lib/study/answers';
import { loadRecording, saveRecording } from './audioStore';
import { Recorder } from './Recorder';
import { spokenAnswers } from './stores';

/** The mock interview's rubric for the main question: one rubric, wherever the answer is graded. */
const RUBRIC = MOCK_QUESTIONS.find((q) => q.id === 'main')!.rubric;

/**
 * "Say it out loud": the learner writes or records an answer to the interview question in their
 * own words, ticks what it covered, and keeps the self-grade (with history) on this device.
 */
export default function SayItOutLoud({
  headingLevel = 2,
  framed = true,
}: {
  headingLevel?: 2 | 3 | 4;
  /** False inside another card (the mock interview), which already draws the frame. */
  framed?: boolean;
}) {
  const { items, saveError } = spokenAnswers.useList();
  const [text, setText] = useState('');
  const [audio, setAudio] = useState<Blob | null>(null);
  const [covered, setCovered] = useState<Set<number>>(new Set());
  const [saving, setSaving] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [recorderKey, setRecorderKey] = useState(0);
  const id = useId();
  const Heading = `h${headingLevel}` as const;

  const save = async () => {
    setSaving(true);
    const savedAtMs = Date.now();
    let audioId: string | null = null;
    let lostAudio = false;
    if (audio) {
      audioId = `answer-${savedAtMs}`;
      if (!(await saveRecording(audioId, audio))) {
        audioId = null;
        lostAudio = true;
      }
    }
    const entry: SpokenAnswer = {
      savedAtMs,
      text: text.trim(),
      covered: [...covered].sort((a, b) => a - b),
      rubricSize: RUBRIC.length,
      audioId,
    };
    spokenAnswers.add(entry);
    setSaving(false);
    setNote(
      lostAudio
        ? 'Self-grade saved, but this browser would not store the recording.'
        : `Saved: ${entry.covered.length} of ${RUBRIC.length} covered.`,
    );
    setText('');
    setAudio(null);
    setCovered(new Set());
    setRecorderKey((k) => k + 1);
  };

  return (
    <section
      aria-labelledby={`${id}-title`}
      className={framed ? 'rounded-card border border-border bg-surface p-5 sm:p-6' : ''}
    >
      <Heading id={`${id}-title`} className="text-xl font-semibold">
        Say it out loud
      </Heading>
      <p className="mt-2 max-w-2xl">
        Answer in your own words, as you would in an interview: <strong>{QUESTION}</strong> Write it, or record it and
        listen back, then tick what your answer covered.
      </p>
      <TextAnswer label="Your answer" value={text} onChange={setText} rows={5} placeholder="The difference is…" />
      <div className="mt-3">
        <Recorder key={recorderKey} onAudio={setAudio} />
      </div>
      <fieldset className="mt-4">
        <legend className="font-semibold">Did you cover it?</legend>
        <RubricChecklist items={RUBRIC} covered={covered} onChange={setCovered} className="mt-1" />
      </fieldset>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button
          type="button"
          className="lab-chip border-fg bg-fg text-bg hover:bg-fg"
          onClick={save}
          disabled={saving || (!text.trim() && !audio)}
        >
          {saving ? 'Saving…' : 'Save my self-grade'}
        </button>
        {!text.trim() && !audio ? <span className="text-sm text-muted">Write or record an answer first.</span> : null}
        <span aria-live="polite" className="text-sm font-semibold">
          {note}
        </span>
      </div>
      {saveError ? (
        <p role="alert" className="mt-2 text-sm text-bad">
          {saveError}
        </p>
      ) : null}
      <SpokenHistory items={items} headingLevel={(headingLevel + 1) as 3 | 4 | 5} />
    </section>
  );
}

function SpokenHistory({ items, headingLevel }: { items: readonly SpokenAnswer[]; headingLevel: 3 | 4 | 5 }) {
  if (!items.length) return <p className="mt-4 text-sm text-muted">No saved answers yet.</p>;
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="mt-6">
      <Heading className="font-semibold">Your answers so far</Heading>
      <ol className="mt-2 space-y-3" data-testid="spoken-history">
        {[...items].reverse().map((a) => (
          <li key={a.savedAtMs} className="rounded-lg bg-surface-2 p-3">
            <p className="text-sm">
              {new Date(a.savedAtMs).toLocaleString()}:{' '}
              <strong>
                {a.covered.length} of {a.rubricSize} covered
              </strong>
            </p>
            {a.text ? <p className="mt-1 whitespace-pre-wrap">{a.text}</p> : null}
            {a.audioId ? <Playback id={a.audioId} /> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Loads a saved recording from IndexedDB only when asked, so history stays light. */
function Playback({ id }: { id: string }) {
  const [url, setUrl] = useState<string | null | 'missing'>(null);
  if (url === 'missing') return <p className="mt-1 text-sm text-muted">The recording is no longer in this browser.</p>;
  if (url) return <audio controls src={url} className="mt-2 h-11 max-w-full" aria-label="Saved recording" />;
  return (
    <button
      type="button"
      className="lab-chip mt-2 px-3 text-sm"
      onClick={async () => {
        const blob = await loadRecording(id);
        setUrl(blob ? URL.createObjectURL(blob) : 'missing');
      }}
    >
      Load the recording
    </button>
  );
}
