'use client';

import dynamic from 'next/dynamic';
import { useState, type ReactNode } from 'react';
import { ChoiceList } from '@/components/ui/ChoiceList';
import type { ScenarioInput } from '@/lib/scenario/schema';
import { answerOptions, statedRight, type Answerable } from '@/lib/study/quiz';

const PredictOutcome = dynamic(() => import('./PredictOutcome'), {
  ssr: false,
  loading: () => <p className="mt-4 text-muted">Loading the simulator…</p>,
});

/** A settled answer: the option the learner chose and the right one. */
export interface Answer {
  choice: string;
  right: string;
}

export const isRight = (a: Answer) => a.choice === a.right;

/**
 * A walk through a list of questions, one at a time: `next` keeps the settled answer and moves on,
 * and after the last one `onDone` gets every answer, keyed by question id. The index then stands
 * past the end until `restart`.
 */
export function useQuestionWalk(
  questions: readonly { id: string }[],
  onDone: (answers: Record<string, Answer>) => void,
) {
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  return {
    index,
    answers,
    restart: () => {
      setIndex(0);
      setAnswers({});
    },
    next: (answer: Answer) => {
      const question = questions[index];
      if (!question) return;
      const all = { ...answers, [question.id]: answer };
      setAnswers(all);
      setIndex(index + 1);
      if (index + 1 === questions.length) onDone(all);
    },
  };
}

/**
 * One question of the study quiz or the diagnostic, from choosing to the way on: its options; for a
 * predict question, the run of its scenario that decides the right answer; then whether the learner
 * was right and a button to go on, which hands the settled answer over. Key it by question so that
 * each question starts unanswered.
 */
export function AnsweredQuestion({
  question,
  scenario,
  nextLabel,
  onNext,
  children,
}: {
  question: Answerable;
  /** What a predict question runs; null for a choice question. */
  scenario: ScenarioInput | null;
  nextLabel: string;
  onNext: (answer: Answer) => void;
  /** Shown under the result once the answer is settled. */
  children?: ReactNode;
}) {
  const [choice, setChoice] = useState<string | null>(null);
  // Null while a predict question's run is still going.
  const [right, setRight] = useState<string | null>(null);
  if (question.kind === 'predict' && !scenario) throw new Error('a predict question needs its scenario');

  const choose = (id: string) => {
    if (choice !== null) return;
    setChoice(id);
    setRight(statedRight(question));
  };

  return (
    <>
      <ChoiceList
        legend={question.question}
        options={answerOptions(question)}
        answer={choice}
        right={right}
        onAnswer={choose}
      />
      {/* setRight keeps its identity, so the run is not restarted by a render. */}
      {choice !== null && question.kind === 'predict' ? (
        <PredictOutcome scenario={scenario!} figure={question.figure} onVerdict={setRight} />
      ) : null}
      {choice !== null && right !== null ? (
        <div className="mt-4">
          <p role="status" className="font-semibold">
            {choice === right ? 'Correct.' : 'Not this time.'}
          </p>
          {children}
          {/* The Check answer button just went away: focus the way on instead of losing it to the page. */}
          <button
            type="button"
            autoFocus
            className="lab-chip mt-4 border-fg bg-fg text-bg hover:bg-fg"
            onClick={() => onNext({ choice, right })}
          >
            {nextLabel}
          </button>
        </div>
      ) : null}
    </>
  );
}
