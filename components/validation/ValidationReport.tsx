import { CopyButton } from '@/components/ui/CopyButton';
import type { ValidationResults } from '@/lib/validation/results';
import { scenarioVerdict } from '@/lib/validation/results';
import { EXPORT_SAMPLE_LIMIT } from '@/lib/validation/openmetrics';
import { chartRows } from '@/lib/validation/view';
import { LazyValidationCharts } from './LazyValidationCharts';
import { ScenarioTable } from './ScenarioTable';

const COMMAND = 'npm run validate';

const SUMMARY = { agree: 'agrees', differ: 'differs', partial: 'partly compared' } as const;

/** The committed validation results: how they were measured, charts, then every figure per scenario. */
export function ValidationReport({ results }: { results: ValidationResults }) {
  const shares = chartRows(results, 'share');
  const seconds = chartRows(results, 's');
  const pct = results.confidence * 100;
  const figures = results.scenarios.reduce((n, s) => n + s.metrics.filter((m) => m.pValue !== null).length, 0);
  const date = results.generatedAt.slice(0, 10);
  return (
    <div className="space-y-12">
      <section aria-labelledby="how" className="max-w-3xl space-y-4 leading-relaxed">
        <h2 id="how" className="text-2xl font-bold tracking-tight">
          How it was measured
        </h2>
        <p>
          For each scenario below, a script starts a real Prometheus ({results.software.prometheus}) with file-based
          service discovery and, where the scenario uses one, a real Pushgateway ({results.software.pushgateway}), both
          on this machine only (loopback addresses, a temporary folder, removed afterwards). It then builds the fleet
          with the simulator&apos;s own random draws and plays it out in real time: every job and instance is a real
          HTTP server with a <code>/metrics</code> page, added to the targets file when it starts and removed when it
          ends; a crash closes the server, so scrapes are refused, and it comes back on the same address (restart) or as
          a new target (replace); jobs behind a Pushgateway push their final values to it as they finish.
        </p>
        <p>
          Afterwards the script asks Prometheus, through its HTTP API, for every sample it stored, and the simulator
          runs the very same fleet: the same jobs and crashes at the same moments. Both sides are counted the same way,
          and only jobs and crashes whose outcome was settled before the end of the run count.
        </p>
        <p>
          One thing changes from run to run even for the real Prometheus: the moment within each interval at which a
          target is scraped. Prometheus takes it from a hash of the target&apos;s labels and address, and the addresses
          differ in every run. Whether a 6-second restart is caught, or a 5-second job is ever scraped, depends on that
          luck. So the simulator runs each fleet not once but {results.phaseDraws.toLocaleString('en')} times, each time
          with other scrape moments. Its figure is the average of those runs, what the model expects; its bar spans the
          range {pct} % of those runs fall in, the room one run has by luck alone. The real side is one run; its bar is
          a {pct} % confidence interval from its number of samples.
        </p>
        <p>
          A figure &ldquo;differs&rdquo; when the real value lies so far from the model&apos;s average that fewer than{' '}
          {results.alpha * 100} % of runs would land as far (a z test against the spread of the simulated runs; for the
          delays until a job&apos;s first scrape, a Kolmogorov–Smirnov test against all simulated delays). Where every
          simulated run gives the same value, only that value agrees. With {figures} figures, about one run in{' '}
          {Math.max(1, Math.round(1 / (1 - (1 - results.alpha) ** figures)))} shows a difference by chance alone: a
          difference is a lead to rerun and trace, as the ones below were.
        </p>
        <p className="text-sm text-muted">
          Measured {date} on {results.machine.cpu} ({results.machine.cores} cores), {results.machine.os}, Node{' '}
          {results.software.node}; the whole set took {Math.round(results.wallSec / 60)} minutes.
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <code id="validate-command" className="rounded-md border border-border bg-surface px-3 py-2 text-sm">
            {COMMAND}
          </code>
          <CopyButton sourceId="validate-command" label="Copy the command" />
        </div>
        <p className="text-sm text-muted">
          Run it in a clone of the repository after <code>bash .ci/run</code> has installed Debian&apos;s{' '}
          <code>prometheus</code> and <code>prometheus-pushgateway</code> packages. It writes{' '}
          <code>lib/validation/results.json</code>, which is what this page shows.
        </p>
      </section>

      <section aria-labelledby="charts" className="space-y-6">
        <h2 id="charts" className="text-2xl font-bold tracking-tight">
          Real against simulated
        </h2>
        <figure className="space-y-2">
          <figcaption className="font-semibold">
            Shares: jobs never scraped, pushes ever scraped, crashes seen
          </figcaption>
          <LazyValidationCharts rows={shares} unit="share" />
        </figure>
        {seconds.length > 0 ? (
          <figure className="space-y-2">
            <figcaption className="font-semibold">Delays: first scrape after a job starts, crash to up = 0</figcaption>
            <LazyValidationCharts rows={seconds} unit="s" />
          </figure>
        ) : null}
      </section>

      <section aria-labelledby="caught" className="max-w-3xl space-y-4 leading-relaxed">
        <h2 id="caught" className="text-2xl font-bold tracking-tight">
          What the comparison caught
        </h2>
        <p>A difference is a finding: each one so far was traced to its cause and fixed where it was wrong.</p>
        <ul className="list-disc space-y-2 pl-6">
          <li>
            <strong>The harness:</strong> Debian&apos;s Pushgateway keeps its groups in a file by default, so one run
            started with the last run&apos;s pushes (387 series at the end instead of 384). It now runs with persistence
            off.
          </li>
          <li>
            <strong>The comparison:</strong> one simulated run was set against one real run as if both had drawn the
            same scrape moments. With restarts that showed as a difference (49 % of crashes caught for real, 34.7 %
            simulated), and other real runs of the same fleet caught 37 %. Now the simulated side is the average over
            many runs, and the test allows for the luck of one.
          </li>
          <li>
            <strong>The scenarios&apos; settings:</strong> file discovery was given half a second before the discovery
            manager&apos;s 5-second tick. On one machine Prometheus sees the rewritten file at once (it watches it
            through inotify), so the delay is now 0. The model then expects 83 % of 5-second jobs never scraped at a
            15-second interval instead of 86 %, and 16 % of replaced pods caught instead of 20 %: what the real runs
            showed.
          </li>
        </ul>
      </section>

      <section aria-labelledby="export" className="max-w-3xl space-y-4 leading-relaxed">
        <h2 id="export" className="text-2xl font-bold tracking-tight">
          Load a lab run into your own Prometheus
        </h2>
        <p>
          In the lab, <strong>Export for Prometheus</strong> downloads everything the pull side stored as OpenMetrics
          text: <code>up</code> and a work counter for every scrape of every instance, every group the Pushgateway held
          at each of its scrapes, and fleet-wide gauges per bucket. An export holds at most{' '}
          {EXPORT_SAMPLE_LIMIT.toLocaleString('en')} samples (about 60 MB); a larger run is exported up to the moment
          that limit is reached, and the lab says where it stopped. Turn the file into blocks with promtool, copy them
          into a Prometheus data folder, and query them with PromQL:
        </p>
        <pre tabIndex={0} className="overflow-x-auto rounded-md border border-border bg-surface p-3 text-sm">
          promtool tsdb create-blocks-from openmetrics pushpull-pull.om.txt ./data
        </pre>
        <p className="text-sm text-muted">
          Sources:{' '}
          <a
            className="underline underline-offset-4"
            href="https://prometheus.io/docs/prometheus/latest/configuration/configuration/#file_sd_config"
          >
            file_sd_config
          </a>
          ,{' '}
          <a
            className="underline underline-offset-4"
            href="https://github.com/prometheus/prometheus/blob/v2.42.0/discovery/manager.go"
          >
            the discovery manager&apos;s update tick
          </a>
          ,{' '}
          <a
            className="underline underline-offset-4"
            href="https://github.com/prometheus/prometheus/blob/v2.42.0/scrape/target.go"
          >
            scrape offsets
          </a>
          ,{' '}
          <a className="underline underline-offset-4" href="https://prometheus.io/docs/prometheus/latest/querying/api/">
            the HTTP API
          </a>
          ,{' '}
          <a className="underline underline-offset-4" href="https://github.com/prometheus/pushgateway">
            the Pushgateway
          </a>
          ,{' '}
          <a
            className="underline underline-offset-4"
            href="https://prometheus.io/docs/prometheus/latest/storage/#backfilling-from-openmetrics-format"
          >
            backfilling from OpenMetrics
          </a>
          .
        </p>
      </section>

      <section aria-labelledby="scenarios" className="space-y-10">
        <h2 id="scenarios" className="text-2xl font-bold tracking-tight">
          Every figure, scenario by scenario
        </h2>
        {results.scenarios.map((s) => (
          <section key={s.name} aria-labelledby={`s-${s.name}`} className="space-y-3">
            <h3 id={`s-${s.name}`} className="text-lg font-semibold">
              {s.title}{' '}
              <span className="text-sm font-normal text-muted">
                ({SUMMARY[scenarioVerdict(s)]}; {s.samples.jobs || s.samples.runs || s.samples.crashes} samples,{' '}
                {Math.round(s.wallSec)} s)
              </span>
            </h3>
            <ScenarioTable scenario={s} confidence={results.confidence} />
            {s.notes.map((n) => (
              <p key={n} className="text-sm text-muted">
                {n}
              </p>
            ))}
            <details className="text-sm">
              <summary className="cursor-pointer text-muted">Scenario JSON</summary>
              <pre tabIndex={0} className="mt-2 overflow-x-auto rounded-md border border-border bg-surface p-3">
                {JSON.stringify(s.scenario, null, 2)}
              </pre>
            </details>
          </section>
        ))}
      </section>
    </div>
  );
}
