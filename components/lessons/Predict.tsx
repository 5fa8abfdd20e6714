'use client';

import { useId, useState, type FormEvent } from 'react';
import type { ChoiceOption } from '@/lib/quiz/choice';

/** What the page needs of a prediction: everything but the answer function, which stays on the server. */
export interface PredictionOutline {
  id: string;
  question: string;
  options: ChoiceOption[];
}

/**
 * "Predict, then see": the reader commits a guess before the simulation below answers it. Once
 * committed the guess is locked, every option says why, and the reader is sent on to the simulation.
 */
export function Predict({ prediction }: { prediction: PredictionOutline }) {
  const [choice, setChoice] = useState<number | null>(null);
  const [committed, setCommitted] = useState<number | null>(null);
  const [nudge, setNudge] = useState(false);
  const id = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setNudge(choice === null);
    if (choice !== null) setCommitted(choice);
  };
  const right = committed !== null && prediction.options[committed].correct;
  return (
    <form
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
      className="my-8 max-w-[70ch] rounded-card border-2 border-dashed border-border bg-surface p-4 sm:p-5"
      data-predict={prediction.id}
      data-committed={committed !== null || undefined}
    >
      <p id={`${id}-title`} className="text-xs font-semibold tracking-wide text-muted uppercase">
        Predict first
      </p>
      <fieldset className="mt-1" disabled={committed !== null}>
        <legend className="font-medium text-pretty">{prediction.question}</legend>
        <ul className="mt-3 space-y-2">
          {prediction.options.map((o, i) => (
            <li key={o.text}>
              <label className="flex min-h-11 cursor-pointer gap-3 rounded-lg border border-border p-3 has-checked:border-fg has-checked:bg-surface-2 has-disabled:cursor-default">
                <input
                  type="radio"
                  name={id}
                  value={i}
                  checked={choice === i}
                  onChange={() => setChoice(i)}
                  className="size-6 shrink-0 accent-fg"
                />
                <span>{o.text}</span>
                {committed === i ? (
                  <span className="ml-auto shrink-0 self-center rounded-full bg-fg px-2 py-0.5 text-xs font-semibold text-bg">
                    Your guess
                  </span>
                ) : null}
              </label>
              {committed !== null ? (
                <p className="mt-1 pl-11 text-sm" data-why>
                  <strong className={o.correct ? 'text-good' : 'text-bad'}>
                    {o.correct ? '✓ What the simulation shows. ' : '✗ Not this one. '}
                  </strong>
                  <span className="text-muted">{o.why}</span>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        {committed === null ? (
          <button type="submit" className="lab-chip">
            Lock in my guess
          </button>
        ) : null}
        <p aria-live="polite" className="text-sm font-semibold text-pretty" data-verdict>
          {nudge
            ? 'Pick a guess first.'
            : committed === null
              ? ''
              : `${right ? 'You called it.' : 'Not this time.'} Now see it in the simulation below.`}
        </p>
      </div>
    </form>
  );
}
