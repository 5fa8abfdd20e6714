'use client';

import { useMemo, useState } from 'react';
import { formatSeconds } from '@/lib/lab/format';
import type { Report } from '@/lib/sim/report';
import { downloadBlob } from '../lab/charts/exportPng';

/** `run`: the scenario a message is about; a run of other settings clears it. */
type State =
  { kind: 'idle' } | { kind: 'working'; progress: number } | { kind: 'done' | 'failed'; message: string; run: string };

const FILE_NAME = 'pushpull-pull.om.txt';

/** Lets the browser paint and take input between export steps. */
const yieldToBrowser = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Downloads every sample the pull side stored as OpenMetrics text for
 * `promtool tsdb create-blocks-from openmetrics`, with simulated t = 0 placed so the run ends now.
 * The exporter replays the pull engine, in steps, so the page stays responsive; it is loaded on the
 * first click, keeping the engine out of the lab's first load.
 */
export function ExportForPrometheus({ report }: { report: Report }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  // The same settings may come back as a new report object (a rerun): compare what was run.
  const run = useMemo(() => JSON.stringify(report.scenario), [report]);

  const exportRun = async () => {
    setState({ kind: 'working', progress: 0 });
    try {
      const { PullExporter, EXPORT_SAMPLE_LIMIT } = await import('@/lib/validation/openmetrics');
      const { scenario } = report;
      const startUnixSec = Math.floor(Date.now() / 1000 - scenario.durationSec);
      const exporter = new PullExporter(scenario, report.pull.timeline, startUnixSec);
      while (!exporter.advance(200_000)) {
        setState({ kind: 'working', progress: exporter.progress() });
        await yieldToBrowser();
      }
      const out = exporter.result();
      downloadBlob(new Blob(out.parts, { type: 'application/openmetrics-text' }), FILE_NAME);
      const count = out.samples.toLocaleString('en');
      setState({
        kind: 'done',
        run,
        message:
          out.cutAtSec === null
            ? `Downloaded ${FILE_NAME}: all ${count} samples of the run.`
            : `Downloaded the first ${formatSeconds(out.cutAtSec)} of ${formatSeconds(out.durationSec)} ` +
              `(${count} samples): an export holds at most ${EXPORT_SAMPLE_LIMIT.toLocaleString('en')}. ` +
              'Shorten the run or shrink the fleet to export all of it.',
      });
    } catch (e) {
      setState({ kind: 'failed', run, message: `The export failed: ${e instanceof Error ? e.message : String(e)}` });
    }
  };

  const working = state.kind === 'working';
  const message = (state.kind === 'done' || state.kind === 'failed') && state.run === run ? state.message : '';
  // Two items of the toolbar row: the button, then the outcome on a line of its own below the row.
  return (
    <>
      <button type="button" className="lab-chip px-3" onClick={exportRun} disabled={working} aria-busy={working}>
        {working ? `Preparing… ${Math.round(state.progress * 100)} %` : 'Export for Prometheus'}
      </button>
      <p role="status" className={message ? 'w-full text-xs text-muted sm:text-right' : 'sr-only'}>
        {message}
      </p>
    </>
  );
}
