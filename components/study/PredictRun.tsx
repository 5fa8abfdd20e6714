'use client';

import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import { FiguresTable } from '@/components/lab/FiguresTable';
import { runInWorker } from '@/components/lab/runInWorker';
import { figureRow } from '@/lib/lab/figures';
import type { Report } from '@/lib/sim/report';
import { figureLabel, predictScenario, verdictFor, type PredictQuestion, type Verdict } from '@/lib/study/quiz';

const ResultCharts = dynamic(() => import('@/components/lab/charts/ResultCharts'), {
  ssr: false,
  loading: () => <p className="text-sm text-muted">Loading charts…</p>,
});

/**
 * Runs a predict question's scenario in a simulation worker, reports the verdict, and shows the
 * figures and charts the learner predicted. Loaded only when a predict question is answered.
 */
export default function PredictRun({
  question,
  onVerdict,
}: {
  question: PredictQuestion;
  onVerdict: (v: Verdict) => void;
}) {
  const [outcome, setOutcome] = useState<{ report: Report } | { error: string } | null>(null);

  useEffect(() => {
    const run = runInWorker(predictScenario(question));
    run.result.then(
      (report) => {
        const verdict = verdictFor(question.figure, report);
        if (verdict) onVerdict(verdict);
        setOutcome(verdict ? { report } : { error: 'the two sides are not comparable on this figure in this run' });
      },
      (err: Error) => setOutcome({ error: err.message }),
    );
    return run.cancel;
  }, [question, onVerdict]);

  if (!outcome) {
    return (
      <p role="status" className="mt-4 text-muted">
        Running the simulation…
      </p>
    );
  }
  if ('error' in outcome) {
    return (
      <p role="alert" className="mt-4 text-bad">
        The simulation could not run: {outcome.error}
      </p>
    );
  }
  const { report } = outcome;
  const row = figureRow(question.figure, report);
  return (
    <div className="mt-4 space-y-4">
      <p role="status" className="rounded-lg bg-surface-2 p-3">
        <strong>{figureLabel(question.figure)}:</strong> <span className="text-pull-ink">pull {row.pull}</span>,{' '}
        <span className="text-push-ink">push {row.push}</span>.
      </p>
      <details>
        <summary className="flex min-h-11 cursor-pointer items-center font-medium">All figures and charts</summary>
        <div className="mt-2 space-y-4">
          <FiguresTable report={report} />
          <ResultCharts report={report} />
        </div>
      </details>
    </div>
  );
}
