'use client';

import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import { TextAnswer } from '@/components/ui/TextAnswer';
import { MOCK_QUESTIONS, type MockQuestion } from '@/lib/study/answers';
import { Rich } from './Rich';
import { RubricChecklist } from './RubricChecklist';
import { SeeAlso } from './SeeAlso';

const SayItOutLoud = dynamic(() => import('@/components/diagnostic/SayItOutLoud'), { ssr: false });

/** A spoken answer should land in about two minutes. */
const TARGET_SEC = 120;

const clock = (sec: number) => `${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, '0')}`;

function pickOther(current: MockQuestion | null): MockQuestion {
  const pool = MOCK_QUESTIONS.filter((q) => q !== current);
  return pool[Math.floor(Math.random() * pool.length)];
}

export default function MockInterview() {
  const [question, setQuestion] = useState<MockQuestion | null>(null);
  const [startedAt, setStartedAt] = useState(0);
  const [elapsed, setElapsed] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [notes, setNotes] = useState('');
  const [checked, setChecked] = useState<Set<number>>(new Set());

  useEffect(() => {
    if (!question || revealed) return;
    const timer = setInterval(() => setElapsed(Math.floor((Date.now() - startedAt) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [question, revealed, startedAt]);

  const ask = () => {
    setQuestion(pickOther(question));
    setStartedAt(Date.now());
    setElapsed(0);
    setRevealed(false);
    setNotes('');
    setChecked(new Set());
  };

  if (!question) {
    return (
      <div className="rounded-card border border-border bg-surface p-6">
        <h3 className="text-xl font-semibold">Mock interview</h3>
        <p className="mt-2 max-w-2xl">
          You get a random interview question and a clock. Answer aloud or jot notes, aim for about two minutes, then
          compare with the model answer and tick what you covered.
        </p>
        <button type="button" className="lab-chip mt-4 border-fg bg-fg text-bg hover:bg-fg" onClick={ask}>
          Ask me a question
        </button>
        <div className="mt-8 border-t border-border pt-6">
          <SayItOutLoud headingLevel={4} framed={false} />
        </div>
      </div>
    );
  }

  const over = elapsed > TARGET_SEC;
  return (
    <div className="space-y-4">
      <div className="rounded-card border border-border bg-surface p-5 sm:p-6">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm font-semibold tracking-wide text-muted uppercase">The interviewer asks</p>
          <p
            role="timer"
            aria-label="Time answering"
            className={`font-mono text-lg tabular-nums ${over ? 'text-bad' : ''}`}
          >
            {clock(elapsed)} <span className="text-sm text-muted">/ {clock(TARGET_SEC)}</span>
          </p>
        </div>
        <h3 className="mt-2 text-xl leading-snug font-semibold" data-testid="mock-question">
          {question.question}
        </h3>
        <TextAnswer
          label="Your notes"
          value={notes}
          onChange={setNotes}
          rows={6}
          placeholder="Key points, examples, trade-offs…"
        />
        <div className="mt-3 flex flex-wrap gap-2">
          {!revealed ? (
            <button
              type="button"
              className="lab-chip border-fg bg-fg text-bg hover:bg-fg"
              onClick={() => setRevealed(true)}
            >
              Show the model answer
            </button>
          ) : null}
          <button type="button" className="lab-chip" onClick={ask}>
            Another question
          </button>
        </div>
      </div>
      {revealed ? (
        <div className="grid gap-4 lg:grid-cols-2">
          <section aria-labelledby="mock-model" className="rounded-card border border-border bg-surface p-5 sm:p-6">
            <h3 id="mock-model" className="text-lg font-semibold">
              Model answer
            </h3>
            {question.answer.map((p) => (
              <p key={p} className="mt-3 leading-relaxed">
                <Rich text={p} />
              </p>
            ))}
            <SeeAlso links={question.links} className="mt-3" />
          </section>
          <section aria-labelledby="mock-rubric" className="rounded-card border border-border bg-surface p-5 sm:p-6">
            <h3 id="mock-rubric" className="text-lg font-semibold">
              Did you cover it?
            </h3>
            <RubricChecklist items={question.rubric} covered={checked} onChange={setChecked} className="mt-3" />
            <p className="mt-3 font-semibold" aria-live="polite">
              {checked.size} of {question.rubric.length} covered
              {checked.size === question.rubric.length ? ': interview-ready.' : '.'}
            </p>
            <p className="mt-1 text-sm text-muted">You answered in {clock(elapsed)}.</p>
          </section>
        </div>
      ) : null}
    </div>
  );
}
