'use client';

import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { AnswerOption } from '@/lib/study/quiz';

/**
 * One question's options as a radio group: arrow keys move between options (a native radio
 * group), "Check answer" commits the choice, and once the right option is known every option is
 * marked right or wrong with its explanation. Choosing and committing are separate so that
 * browsing with the arrow keys never answers by accident. Key it by question so that a new
 * question starts with nothing picked.
 */
export function ChoiceList({
  legend,
  options,
  answer,
  right,
  onAnswer,
}: {
  legend: ReactNode;
  options: readonly AnswerOption[];
  /** The committed option id; null until the learner checks an answer. */
  answer: string | null;
  /** The right option id; null until it is known (a predict question's run may still be going). */
  right: string | null;
  onAnswer: (id: string) => void;
}) {
  const name = useId();
  const [picked, setPicked] = useState<string | null>(null);
  const [nudge, setNudge] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const chosen = answer ?? picked;
  const settled = answer !== null && right !== null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setNudge(picked === null);
    if (picked === null || answer !== null) return;
    onAnswer(picked);
    // The button pressed goes away with the answer: keep focus on the question, not the page.
    formRef.current?.focus();
  };

  return (
    <form ref={formRef} tabIndex={-1} onSubmit={submit} className="mt-2 outline-none">
      <fieldset disabled={answer !== null}>
        <legend className="text-lg leading-snug font-semibold text-pretty">{legend}</legend>
        <ul className="mt-4 space-y-2">
          {options.map((o) => {
            const isRight = settled && o.id === right;
            const isMine = chosen === o.id;
            const tone = !settled
              ? 'border-border has-checked:border-fg'
              : isRight
                ? 'border-good'
                : isMine
                  ? 'border-bad'
                  : 'border-border';
            return (
              <li key={o.id} data-choice={o.id}>
                <label
                  className={`flex min-h-11 items-center gap-3 rounded-xl border-2 bg-surface px-4 py-2 has-checked:bg-surface-2 ${answer === null ? 'cursor-pointer hover:bg-surface-2' : ''} ${tone}`}
                >
                  <input
                    type="radio"
                    name={name}
                    value={o.id}
                    checked={isMine}
                    onChange={() => {
                      setPicked(o.id);
                      setNudge(false);
                    }}
                    className="size-6 shrink-0 accent-fg"
                  />
                  <span>{o.text}</span>
                  {settled && (isRight || isMine) ? (
                    <span className={`ml-auto shrink-0 text-sm font-semibold ${isRight ? 'text-good' : 'text-bad'}`}>
                      <span aria-hidden="true">{isRight ? '✓ ' : '✗ '}</span>
                      {isMine ? 'Your answer' : 'Right answer'}
                    </span>
                  ) : null}
                </label>
                {settled ? (
                  <p className="mt-1 flex gap-2 px-4 text-sm" data-why>
                    <span
                      aria-hidden="true"
                      className={`font-bold ${isRight ? 'text-good' : isMine ? 'text-bad' : 'text-muted'}`}
                    >
                      {isRight ? '✓' : '✗'}
                    </span>
                    <span>{o.why}</span>
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      </fieldset>
      {answer === null ? (
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <button type="submit" className="lab-chip border-fg bg-fg text-bg hover:bg-fg">
            Check answer
          </button>
          <p aria-live="polite" className="text-sm font-semibold">
            {nudge ? 'Pick an answer first.' : ''}
          </p>
        </div>
      ) : null}
    </form>
  );
}
