'use client';

import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import { runInWorker } from '@/components/lab/runInWorker';
import type { DiagPredict } from '@/lib/diagnostic/questions';
import type { Report } from '@/lib/sim/report';
import { verdictFor, type Verdict } from '@/lib/study/quiz';

const loading = () => <p className="text-sm text-muted">Loading the chart…</p>;
const FigureChart = dynamic(() => import('./FigureChart'), { ssr: false, loading });
const ResultCharts = dynamic(() => import('@/components/lab/charts/ResultCharts'), { ssr: false, loading });

/**
 * Runs a predict question's scenario in a simulation worker once the learner has answered, reports
 * the verdict the run gives, and draws the predicted figure from that run.
 */
export default function PredictReveal({
  question,
  onVerdict,
}: {
  question: DiagPredict;
  onVerdict: (v: Verdict) => void;
}) {
  const [outcome, setOutcome] = useState<{ report: Report } | { error: string } | null>(null);

  useEffect(() => {
    const run = runInWorker(question.scenario);
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

  if (!outcome)
    return (
      <p role="status" className="mt-4 text-muted">
        Running the simulation…
      </p>
    );
  if ('error' in outcome)
    return (
      <p role="alert" className="mt-4 text-bad">
        The simulation could not run: {outcome.error}
      </p>
    );
  return (
    <div className="mt-4 space-y-3">
      <FigureChart figure={question.figure} report={outcome.report} />
      <details>
        <summary className="flex min-h-11 cursor-pointer items-center font-medium">Timelines of this run</summary>
        <div className="mt-2">
          <ResultCharts report={outcome.report} />
        </div>
      </details>
    </div>
  );
}
