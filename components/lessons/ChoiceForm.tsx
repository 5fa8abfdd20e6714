'use client';

import { useId, useState, type FormEvent } from 'react';
import type { ChoiceOption } from '@/lib/quiz/choice';

type DataAttributes = { [key: `data-${string}`]: string | boolean | undefined };

/**
 * The two kinds of lesson question. A prediction is committed before a simulation answers it, so it
 * locks and tags the guess; a quiz answer can be checked again.
 */
const KINDS = {
  predict: {
    title: 'Predict first',
    TitleTag: 'p',
    form: 'my-8 max-w-[70ch] rounded-card border-2 border-dashed border-border bg-surface p-4 sm:p-5',
    titleClass: 'text-xs font-semibold tracking-wide text-muted uppercase',
    fieldset: 'mt-1',
    locked: true,
    submit: 'Lock in my guess',
    nudge: 'Pick a guess first.',
    right: '✓ What the simulation shows. ',
    badge: 'Your guess',
    verdict: (right: boolean) => `${right ? 'You called it.' : 'Not this time.'} Now see it in the simulation below.`,
  },
  quiz: {
    title: 'Check your understanding',
    TitleTag: 'h2',
    form: 'my-10 rounded-card border border-border bg-surface p-4 sm:p-5',
    titleClass: 'text-xl font-semibold',
    fieldset: 'mt-3',
    locked: false,
    submit: 'Check answer',
    nudge: 'Pick an answer first.',
    right: '✓ Right answer. ',
    badge: null,
    verdict: (right: boolean) => (right ? 'Correct.' : 'Not quite. Each answer now says why.'),
  },
} as const;

/**
 * A lesson's one-answer question, shared by "predict, then see" and "check your understanding":
 * the reader picks an option (arrow keys move within the native radio group), submits it, and from
 * then on every option says why. The answer itself lives with the caller (a prediction in memory,
 * a quiz answer in lesson progress).
 */
export function ChoiceForm({
  kind,
  question,
  options,
  answer,
  onAnswer,
  data,
}: {
  kind: keyof typeof KINDS;
  question: string;
  options: readonly ChoiceOption[];
  /** The submitted option's index, or null before the first answer. */
  answer: number | null;
  onAnswer: (index: number) => void;
  data?: DataAttributes;
}) {
  const [choice, setChoice] = useState<number | null>(null);
  const [nudged, setNudged] = useState(false);
  const id = useId();
  const k = KINDS[kind];
  const shown = choice ?? answer;
  const closed = k.locked && answer !== null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setNudged(shown === null);
    if (shown !== null) onAnswer(shown);
  };
  return (
    <form onSubmit={submit} aria-labelledby={`${id}-title`} className={k.form} {...data}>
      <k.TitleTag id={`${id}-title`} className={k.titleClass}>
        {k.title}
      </k.TitleTag>
      <fieldset className={k.fieldset} disabled={closed}>
        <legend className="font-medium text-pretty">{question}</legend>
        <ul className="mt-3 space-y-2">
          {options.map((o, i) => (
            <li key={o.text}>
              <label className="flex min-h-11 cursor-pointer gap-3 rounded-lg border border-border p-3 has-checked:border-fg has-checked:bg-surface-2 has-disabled:cursor-default">
                <input
                  type="radio"
                  name={id}
                  value={i}
                  checked={shown === i}
                  onChange={() => setChoice(i)}
                  className="size-6 shrink-0 accent-fg"
                />
                <span>{o.text}</span>
                {k.badge && answer === i ? (
                  <span className="ml-auto shrink-0 self-center rounded-full bg-fg px-2 py-0.5 text-xs font-semibold text-bg">
                    {k.badge}
                  </span>
                ) : null}
              </label>
              {answer !== null ? (
                <p className="mt-1 pl-11 text-sm" data-why>
                  <strong className={o.correct ? 'text-good' : 'text-bad'}>
                    {o.correct ? k.right : '✗ Not this one. '}
                  </strong>
                  <span className="text-muted">{o.why}</span>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        {closed ? null : (
          <button type="submit" className="lab-chip">
            {k.submit}
          </button>
        )}
        <p aria-live="polite" className="text-sm font-semibold text-pretty" data-verdict>
          {nudged ? k.nudge : answer === null ? '' : k.verdict(options[answer].correct)}
        </p>
      </div>
    </form>
  );
}
