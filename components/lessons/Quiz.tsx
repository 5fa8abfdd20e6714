'use client';

import { useId, useState, type FormEvent } from 'react';
import { quizAnswer, saveQuizAnswer } from '@/lib/lessons/progress';
import type { LessonQuiz } from '@/lib/lessons/types';
import { updateLessonProgress, useLessonProgress } from './useProgress';

/**
 * A check-your-understanding question: pick one answer, check it, then read why for every option.
 * The checked answer is kept in lesson progress, so a returning reader finds it checked again.
 */
export function Quiz({ slug, quiz }: { slug: string; quiz: LessonQuiz }) {
  const saved = quizAnswer(useLessonProgress(), slug);
  // An index past the options (the question changed since it was saved) is treated as no answer.
  const checked = saved !== null && saved < quiz.options.length ? saved : null;
  const [choice, setChoice] = useState<number | null>(null);
  const [nudge, setNudge] = useState(false);
  const id = useId();
  const shown = choice ?? checked;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setNudge(shown === null);
    if (shown !== null) updateLessonProgress((p) => saveQuizAnswer(p, slug, shown));
  };
  const verdict =
    checked === null ? '' : quiz.options[checked].correct ? 'Correct.' : 'Not quite. Each answer now says why.';
  return (
    <form
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
      className="my-10 rounded-card border border-border bg-surface p-4 sm:p-5"
      data-quiz
    >
      <h2 id={`${id}-title`} className="text-xl font-semibold">
        Check your understanding
      </h2>
      <fieldset className="mt-3">
        <legend className="font-medium text-pretty">{quiz.question}</legend>
        <ul className="mt-3 space-y-2">
          {quiz.options.map((o, i) => (
            <li key={o.text}>
              <label className="flex min-h-11 cursor-pointer gap-3 rounded-lg border border-border p-3 has-checked:border-fg has-checked:bg-surface-2">
                <input
                  type="radio"
                  name={id}
                  value={i}
                  checked={shown === i}
                  onChange={() => setChoice(i)}
                  className="size-6 shrink-0 accent-fg"
                />
                <span>{o.text}</span>
              </label>
              {checked !== null ? (
                <p className="mt-1 pl-11 text-sm" data-why>
                  <strong className={o.correct ? 'text-good' : 'text-bad'}>
                    {o.correct ? '✓ Right answer. ' : '✗ Not this one. '}
                  </strong>
                  <span className="text-muted">{o.why}</span>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="submit" className="lab-chip">
          Check answer
        </button>
        <p aria-live="polite" className="text-sm font-semibold">
          {nudge ? 'Pick an answer first.' : verdict}
        </p>
      </div>
    </form>
  );
}
