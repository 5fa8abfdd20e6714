'use client';

import dynamic from 'next/dynamic';
import { useCallback, useState } from 'react';
import { rightIndex } from '@/lib/quiz/choice';
import { QUESTIONS, VERDICT_TEXT, type Question, type Verdict } from '@/lib/study/quiz';
import { useProgress } from './progressStore';
import { SeeAlso } from './SeeAlso';

const PredictRun = dynamic(() => import('./PredictRun'), {
  ssr: false,
  loading: () => <p className="mt-4 text-muted">Loading the simulator…</p>,
});

export const ROUND = { choice: 5, predict: 3 } as const;

function shuffle<T>(items: readonly T[]): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

function newRound(): Question[] {
  const pick = (kind: Question['kind'], n: number) => shuffle(QUESTIONS.filter((q) => q.kind === kind)).slice(0, n);
  return shuffle([...pick('choice', ROUND.choice), ...pick('predict', ROUND.predict)]);
}

interface Option {
  id: string;
  text: string;
  why: string;
}

/** Options in one shape for both kinds: a choice's by position, a predict question's the three verdicts. */
function optionsOf(q: Question): Option[] {
  if (q.kind === 'choice') return q.options.map((o, i) => ({ id: String(i), text: o.text, why: o.why }));
  return (['pull', 'push', 'tie'] as const).map((v) => ({ id: v, text: VERDICT_TEXT[v], why: q.why[v] }));
}

interface Answer {
  choice: string;
  /** The right option id; null while a predict question's simulation is still running. */
  right: string | null;
}

export default function Quiz() {
  const addAttempt = useProgress((s) => s.addAttempt);
  const [round, setRound] = useState<Question[] | null>(null);
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});

  const start = () => {
    setRound(newRound());
    setIndex(0);
    setAnswers({});
  };

  const question = round?.[index];
  const answer = question ? answers[question.id] : undefined;

  const onVerdict = useCallback(
    (v: Verdict) => {
      if (question) setAnswers((a) => ({ ...a, [question.id]: { ...a[question.id], right: v } }));
    },
    [question],
  );

  const choose = (optionId: string) => {
    if (!question || answer) return;
    setAnswers((a) => ({
      ...a,
      [question.id]: { choice: optionId, right: question.kind === 'choice' ? String(rightIndex(question)) : null },
    }));
  };

  const next = () => {
    if (!round) return;
    if (index + 1 < round.length) {
      setIndex(index + 1);
      return;
    }
    const wrong = round.filter((q) => answers[q.id].choice !== answers[q.id].right).map((q) => q.id);
    addAttempt({ at: new Date().toISOString(), score: round.length - wrong.length, total: round.length, wrong });
    setIndex(round.length);
  };

  if (!round) {
    return (
      <div className="rounded-card border border-border bg-surface p-6">
        <h3 className="text-xl font-semibold">Quiz</h3>
        <p className="mt-2 max-w-2xl">
          {ROUND.choice + ROUND.predict} questions: {ROUND.choice} multiple choice and {ROUND.predict} “predict the
          chart”, where you call the outcome of a lab scenario before it runs. Every option is explained afterwards.
        </p>
        <button type="button" className="lab-chip mt-4 border-fg bg-fg text-bg hover:bg-fg" onClick={start}>
          Start the quiz
        </button>
        <QuizHistory />
      </div>
    );
  }

  if (!question) {
    const wrong = round.filter((q) => answers[q.id].choice !== answers[q.id].right);
    return (
      <div className="rounded-card border border-border bg-surface p-6">
        <h3 className="text-xl font-semibold" data-testid="quiz-score">
          You scored {round.length - wrong.length} of {round.length}
        </h3>
        {wrong.length ? (
          <>
            <h4 className="mt-5 font-semibold">Review your mistakes</h4>
            <ol className="mt-2 space-y-4">
              {wrong.map((q) => {
                const opts = optionsOf(q);
                const mine = opts.find((o) => o.id === answers[q.id].choice);
                const right = opts.find((o) => o.id === answers[q.id].right);
                return (
                  <li key={q.id} className="rounded-lg bg-surface-2 p-4">
                    <p className="font-medium">{q.question}</p>
                    <p className="mt-2">
                      <span className="font-semibold text-bad">Your answer:</span> {mine?.text}. {mine?.why}
                    </p>
                    <p className="mt-1">
                      <span className="font-semibold text-good">Right answer:</span> {right?.text}. {right?.why}
                    </p>
                    <SeeAlso links={q.links} className="mt-2" />
                  </li>
                );
              })}
            </ol>
          </>
        ) : (
          <p className="mt-2">No mistakes. Well done.</p>
        )}
        <button type="button" className="lab-chip mt-5" onClick={start}>
          Try another round
        </button>
        <QuizHistory />
      </div>
    );
  }

  const options = optionsOf(question);
  const settled = answer?.right != null;
  return (
    <div className="rounded-card border border-border bg-surface p-5 sm:p-6">
      <p className="text-sm text-muted">
        Question {index + 1} of {round.length}
        {question.kind === 'predict' ? ' · predict the chart' : ''}
      </p>
      <fieldset className="mt-2">
        <legend className="text-lg leading-snug font-semibold">{question.question}</legend>
        <ul className="mt-4 space-y-2">
          {options.map((o) => {
            const isRight = settled && o.id === answer?.right;
            const isMine = answer?.choice === o.id;
            const tone = !settled
              ? isMine
                ? 'border-fg'
                : 'border-border'
              : isRight
                ? 'border-good'
                : isMine
                  ? 'border-bad'
                  : 'border-border';
            return (
              <li key={o.id}>
                <button
                  type="button"
                  aria-pressed={isMine}
                  disabled={!!answer && !isMine}
                  onClick={() => choose(o.id)}
                  className={`flex min-h-11 w-full items-center rounded-xl border-2 bg-surface px-4 py-2 text-left hover:bg-surface-2 disabled:cursor-default disabled:hover:bg-surface ${tone}`}
                >
                  {o.text}
                </button>
                {settled ? (
                  <p className="mt-1 px-4 text-sm">
                    <span aria-hidden="true" className={`font-bold ${isRight ? 'text-good' : 'text-muted'}`}>
                      {isRight ? '✓' : '✗'}
                    </span>
                    <span className="sr-only">{isRight ? 'Correct option:' : 'Incorrect option:'}</span> {o.why}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      </fieldset>
      {answer && question.kind === 'predict' ? <PredictRun question={question} onVerdict={onVerdict} /> : null}
      {settled ? (
        <div className="mt-4">
          <p role="status" className="font-semibold">
            {answer?.choice === answer?.right ? 'Correct.' : 'Not this time.'}
          </p>
          <SeeAlso links={question.links} className="mt-1" />
          <button type="button" className="lab-chip mt-4 border-fg bg-fg text-bg hover:bg-fg" onClick={next}>
            {index + 1 < round.length ? 'Next question' : 'See your score'}
          </button>
        </div>
      ) : null}
    </div>
  );
}

function QuizHistory() {
  const history = useProgress((s) => s.progress.quiz);
  if (!history.length) return <p className="mt-4 text-sm text-muted">No quiz rounds yet.</p>;
  return (
    <div className="mt-6">
      <h4 className="font-semibold">Your recent rounds</h4>
      <ul className="mt-2 space-y-1 text-sm">
        {history
          .slice(-5)
          .reverse()
          .map((a) => (
            <li key={a.at}>
              {new Date(a.at).toLocaleString()}: {a.score} of {a.total}
            </li>
          ))}
      </ul>
    </div>
  );
}
