import { ComparisonTable } from '@/components/comparison/ComparisonTable';
import { Link } from '@/components/ui/Link';
import { FlowDiagram } from '@/components/home/FlowDiagram';
import { Pill } from '@/components/ui/Pill';
import { HOME_ASPECTS } from '@/lib/comparison/facts';
import { NAV } from '@/lib/site/site';

export default function HomePage() {
  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <section className="grid items-end gap-10 pt-12 pb-6 sm:pt-20 lg:grid-cols-[1fr_19rem]">
        <div>
          <p className="text-sm font-semibold tracking-wide text-muted uppercase">
            Monitoring, explained by simulation
          </p>
          <h1 className="mt-3 max-w-4xl text-4xl font-bold tracking-tight text-balance sm:text-display">
            Who starts the conversation: the server, or the service?
          </h1>
          <p className="mt-6 max-w-3xl text-lg leading-relaxed text-pretty text-muted">
            In <strong className="text-pull-ink">pull</strong>-based monitoring the monitoring server asks every service
            for its numbers on a schedule, the way Prometheus scrapes each target’s <code>/metrics</code> page. In{' '}
            <strong className="text-push-ink">push</strong>-based monitoring each service, or an agent beside it, sends
            its numbers to a collector, the way StatsD clients and OpenTelemetry exporters do.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link
              href="/lessons"
              className="inline-flex h-12 items-center rounded-full bg-fg px-6 font-semibold text-bg hover:opacity-90"
            >
              Start the course
            </Link>
            <Link
              href="/lab"
              className="inline-flex h-12 items-center rounded-full border border-border bg-surface px-6 font-semibold hover:bg-surface-2"
            >
              Open the lab
            </Link>
          </div>
        </div>
        <aside aria-label="A number to start with" className="rounded-card border border-border bg-surface p-6">
          <p className="text-5xl font-bold tracking-tight text-pull-ink tabular-nums">1 in 3</p>
          <p className="mt-3 text-muted">
            the chance that a job living 5 seconds is scraped even once when the interval is 15 seconds, and that is
            with instant discovery. A push as the job exits reports every run that can reach its collector.
          </p>
          <p className="mt-3 text-sm">
            <Link href="/validation" className="underline underline-offset-4">
              Measured on a real Prometheus
            </Link>
          </p>
        </aside>
      </section>

      <section aria-label="Pull and push, drawn" className="defer-render -mx-1.5 px-1.5 grid gap-4 py-6 md:grid-cols-2">
        {(['pull', 'push'] as const).map((side) => (
          <figure key={side} className="rounded-card border border-border bg-surface p-4 sm:p-6">
            <figcaption className="mb-2">
              <Pill side={side}>{side === 'pull' ? 'Pull' : 'Push'}</Pill>
            </figcaption>
            <FlowDiagram side={side} />
          </figure>
        ))}
      </section>

      <section aria-labelledby="ways-in" className="defer-render -mx-1.5 px-1.5 py-10">
        <h2 id="ways-in" className="text-2xl font-bold tracking-tight">
          Three ways in
        </h2>
        <ul className="mt-6 grid gap-4 md:grid-cols-3">
          {NAV.map((item, i) => (
            <li key={item.href}>
              <Link
                href={item.href}
                className="group flex h-full flex-col rounded-card border border-border bg-surface p-6 transition-colors hover:border-fg/40"
              >
                <span className="text-sm font-semibold text-muted">0{i + 1}</span>
                <span className="mt-2 text-xl font-semibold">{item.label}</span>
                <span className="mt-2 flex-1 text-muted">{item.blurb}</span>
                <span
                  aria-hidden="true"
                  className="mt-4 font-semibold group-hover:translate-x-1 motion-safe:transition-transform"
                >
                  →
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="contrast" className="defer-render -mx-1.5 px-1.5 py-10">
        <h2 id="contrast" className="text-2xl font-bold tracking-tight">
          The difference in five lines
        </h2>
        <ComparisonTable aspects={HOME_ASPECTS} variant="home" />
        <p className="mt-4 max-w-3xl text-muted">
          Neither wins everywhere. Even with instant discovery, a job that lives 5 seconds and is scraped every 15 is
          seen only one time in three; a thousand services pushing on the same second can knock over a collector that a
          scraper would have paced. The lab lets you find where each one breaks.
        </p>
      </section>
    </div>
  );
}
