import { CopyButton } from '@/components/ui/CopyButton';
import type { ValidationResults } from '@/lib/validation/results';
import { scenarioVerdict } from '@/lib/validation/results';
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
          runs the very same fleet. Both sides are counted the same way, and only jobs and crashes whose outcome was
          settled before the end of the run count. Bars show {pct} % confidence intervals from the number of samples
          (Wilson intervals for shares, normal intervals for means); a figure &ldquo;differs&rdquo; when a test of the
          difference (two-proportion z test, Kolmogorov–Smirnov for delay distributions, Welch for mean detection times)
          gives p &lt; {results.alpha}.
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

      <section aria-labelledby="export" className="max-w-3xl space-y-4 leading-relaxed">
        <h2 id="export" className="text-2xl font-bold tracking-tight">
          Load a lab run into your own Prometheus
        </h2>
        <p>
          In the lab, <strong>Export for Prometheus</strong> downloads what the pull side stored as OpenMetrics text:{' '}
          <code>up</code> and a work counter for every scrape of the traced instances (the sample the lab&apos;s fleet
          timeline draws), and fleet-wide gauges per bucket. Turn it into blocks with promtool, copy them into a
          Prometheus data folder, and query them with PromQL:
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
