'use client';

import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import { FiguresTable } from '@/components/lab/FiguresTable';
import { runInWorker } from '@/components/lab/runInWorker';
import type { FigureId } from '@/lib/figures/registry';
import { figureRow } from '@/lib/lab/figures';
import type { ScenarioInput } from '@/lib/scenario/schema';
import type { Report } from '@/lib/sim/report';
import { VERDICT_TEXT, verdictFor, type Verdict } from '@/lib/study/quiz';
import FigureChart from './FigureChart';

const ResultCharts = dynamic(() => import('@/components/lab/charts/ResultCharts'), {
  ssr: false,
  loading: () => <p className="text-sm text-muted">Loading the timelines…</p>,
});

type Outcome = { report: Report; verdict: Verdict | null } | { error: string };

/**
 * What a scenario's run shows on one figure: runs it in a simulation worker of its own when
 * mounted, says in one line how pull and push came out, and draws the figure as a chart, with
 * every figure and timeline of the run one click away. Mount it once the learner has committed to
 * a prediction. `onVerdict` hears which side came off worse; a run that cannot tell is an error
 * then, since the question could not be judged.
 */
export default function PredictOutcome({
  scenario,
  figure,
  onVerdict,
}: {
  scenario: ScenarioInput;
  figure: FigureId;
  onVerdict?: (v: Verdict) => void;
}) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const run = runInWorker(scenario);
    run.result.then(
      (report) => {
        const verdict = verdictFor(figure, report);
        if (onVerdict && !verdict) {
          setOutcome({ error: 'the two sides are not comparable on this figure in this run' });
          return;
        }
        if (verdict) onVerdict?.(verdict);
        setOutcome({ report, verdict });
      },
      (err: Error) => setOutcome({ error: err.message }),
    );
    return run.cancel;
  }, [scenario, figure, onVerdict, attempt]);

  if (!outcome) {
    return (
      <p role="status" className="mt-4 text-muted" data-testid="predict-running">
        Running the simulation…
      </p>
    );
  }
  if ('error' in outcome) {
    return (
      <div role="alert" className="mt-4 flex flex-wrap items-center gap-3 text-bad">
        <p>The simulation could not run: {outcome.error}</p>
        <button
          type="button"
          className="lab-chip"
          onClick={() => {
            setOutcome(null);
            setAttempt((n) => n + 1);
          }}
        >
          Try again
        </button>
      </div>
    );
  }
  const { report, verdict } = outcome;
  const row = figureRow(figure, report);
  return (
    <div className="mt-4 space-y-3" data-testid="predict-outcome">
      <p role="status">
        <strong>{row.label}</strong> in this run: <span className="text-pull-ink">pull {row.pull}</span>,{' '}
        <span className="text-push-ink">push {row.push}</span>.{verdict ? ` ${VERDICT_TEXT[verdict]}.` : ''}
      </p>
      <FigureChart figure={figure} report={report} />
      <AllOfTheRun report={report} />
    </div>
  );
}

/** Every figure and timeline of the run, drawn only when opened: most learners move on. */
function AllOfTheRun({ report }: { report: Report }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="flex min-h-11 cursor-pointer items-center font-medium">All figures and timelines</summary>
      {open ? (
        <div className="mt-2 space-y-4">
          <FiguresTable report={report} />
          <ResultCharts report={report} />
        </div>
      ) : null}
    </details>
  );
}
