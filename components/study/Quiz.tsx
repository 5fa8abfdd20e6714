'use client';

import { useState } from 'react';
import { AnsweredQuestion, isRight, useQuestionWalk } from '@/components/predict/AnsweredQuestion';
import { answerOptions, predictScenario, QUESTIONS, type Question } from '@/lib/study/quiz';
import { useProgress } from './progressStore';
import { SeeAlso } from './SeeAlso';

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

export default function Quiz() {
  const addAttempt = useProgress((s) => s.addAttempt);
  const [round, setRound] = useState<Question[] | null>(null);
  const walk = useQuestionWalk(round ?? [], (answers) => {
    if (!round) return;
    const wrong = round.filter((q) => !isRight(answers[q.id])).map((q) => q.id);
    addAttempt({ at: new Date().toISOString(), score: round.length - wrong.length, total: round.length, wrong });
  });
  const { index, answers } = walk;
  const question = round?.[index];

  const start = () => {
    setRound(newRound());
    walk.restart();
  };

  if (!round) {
    return (
      <div className="rounded-card border border-border bg-surface p-6">
        <h3 className="text-xl font-semibold">Quiz</h3>
        <p className="mt-2 max-w-2xl">
          {ROUND.choice + ROUND.predict} questions: {ROUND.choice} multiple choice and {ROUND.predict} “predict the
          chart”, where you call the outcome of a lab scenario, then see its chart from a real run. Every option is
          explained afterwards.
        </p>
        <button type="button" className="lab-chip mt-4 border-fg bg-fg text-bg hover:bg-fg" onClick={start}>
          Start the quiz
        </button>
        <QuizHistory />
      </div>
    );
  }

  if (!question) {
    const wrong = round.filter((q) => !isRight(answers[q.id]));
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
                const opts = answerOptions(q);
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

  return (
    <div className="rounded-card border border-border bg-surface p-5 sm:p-6">
      <p className="text-sm text-muted">
        Question {index + 1} of {round.length}
        {question.kind === 'predict' ? ' · predict the chart' : ''}
      </p>
      <AnsweredQuestion
        key={question.id}
        question={question}
        scenario={question.kind === 'predict' ? predictScenario(question) : null}
        nextLabel={index + 1 < round.length ? 'Next question' : 'See your score'}
        onNext={walk.next}
      >
        <SeeAlso links={question.links} className="mt-1" />
      </AnsweredQuestion>
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
