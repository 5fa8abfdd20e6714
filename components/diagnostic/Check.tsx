'use client';

import { useEffect, useState } from 'react';
import { AnsweredQuestion, isRight, useQuestionWalk } from '@/components/predict/AnsweredQuestion';
import { Link } from '@/components/ui/Link';
import { formQuestions, type Form } from '@/lib/diagnostic/questions';
import type { Attempt } from '@/lib/diagnostic/score';
import { CheckResult } from './CheckResult';
import { attempts } from './stores';

const FORM_TEXT: Record<Form, { title: string; when: string }> = {
  A: { title: 'Before the course', when: 'Take it before lesson 1 to see where you start.' },
  B: { title: 'After the course', when: 'Take it after lesson 10: different questions on the same topics.' },
};

/** The diagnostic: pick a form, answer its questions one by one, then see the gain per topic. */
export default function Check() {
  const { items: history, notice, saveError } = attempts.useList();
  const [form, setForm] = useState<Form | null>(null);
  const [after, setAfter] = useState(false);

  // The end of the course links to /check#after; the form it suggests follows the link.
  useEffect(() => {
    const read = () => setAfter(location.hash === '#after');
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  const questions = form ? formQuestions(form) : [];
  const walk = useQuestionWalk(questions, (answers) => {
    if (!form) return;
    const result: Attempt = {
      form,
      finishedAtMs: Date.now(),
      answers: Object.fromEntries(questions.map((q) => [q.id, isRight(answers[q.id])])),
    };
    attempts.add(result);
    setForm(null);
    requestAnimationFrame(() => document.getElementById('check-result')?.focus());
  });
  const { index } = walk;
  const question = questions[index];

  const start = (f: Form) => {
    setForm(f);
    walk.restart();
  };

  const status = (
    <>
      {notice ? (
        <p role="status" className="rounded-lg bg-surface-2 p-3 text-sm">
          {notice}
        </p>
      ) : null}
      {saveError ? (
        <p role="alert" className="rounded-lg bg-surface-2 p-3 text-sm text-bad">
          {saveError}
        </p>
      ) : null}
    </>
  );

  if (!form || !question) {
    const tookA = history.some((a) => a.form === 'A');
    const suggested: Form = after || tookA ? 'B' : 'A';
    return (
      <div className="space-y-6">
        {status}
        <div className="grid gap-4 md:grid-cols-2">
          {(['A', 'B'] as const).map((f) => (
            <section
              key={f}
              aria-labelledby={`form-${f}`}
              className={`rounded-card border-2 bg-surface p-5 sm:p-6 ${f === suggested ? 'border-fg' : 'border-border'}`}
            >
              <h2 id={`form-${f}`} className="text-xl font-semibold">
                {FORM_TEXT[f].title}
                {f === suggested ? <span className="ml-2 text-sm font-normal text-muted">suggested</span> : null}
              </h2>
              <p className="mt-2">{FORM_TEXT[f].when}</p>
              <p className="mt-1 text-sm text-muted">
                {formQuestions(f).length} questions, one per lesson; some run the simulator and draw its chart.
              </p>
              <button
                type="button"
                className={`lab-chip mt-4 ${f === suggested ? 'border-fg bg-fg text-bg hover:bg-fg' : ''}`}
                onClick={() => start(f)}
              >
                {history.some((a) => a.form === f) ? 'Take it again' : 'Start'}
                <span className="sr-only"> the check {FORM_TEXT[f].title.toLowerCase()}</span>
              </button>
            </section>
          ))}
        </div>
        {!tookA ? (
          <p>
            Rather dive in? <Link href="/lessons/two-models">Skip the check and start lesson 1</Link>. You can take it
            later from the lessons page.
          </p>
        ) : null}
        <CheckResult history={history} />
      </div>
    );
  }

  return (
    <div className="space-y-4">
      {status}
      <div className="rounded-card border border-border bg-surface p-5 sm:p-6">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-sm text-muted">
            {FORM_TEXT[form].title} · question {index + 1} of {questions.length}
            {question.kind === 'predict' ? ' · predict the chart' : ''}
          </p>
          <button type="button" className="lab-chip px-3 text-sm" onClick={() => setForm(null)}>
            Stop (nothing is saved)
          </button>
        </div>
        <AnsweredQuestion
          key={question.id}
          question={question}
          scenario={question.kind === 'predict' ? question.scenario : null}
          nextLabel={index + 1 < questions.length ? 'Next question' : 'See your result'}
          onNext={walk.next}
        />
      </div>
    </div>
  );
}
