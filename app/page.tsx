import Link from 'next/link';
import { FlowDiagram } from '@/components/home/FlowDiagram';
import { Pill } from '@/components/ui/Pill';
import { NAV } from '@/lib/site/site';

const CONTRASTS = [
  {
    topic: 'Who starts it',
    pull: 'The monitoring server, on its own schedule',
    push: 'The service or its agent, on its own schedule',
  },
  {
    topic: 'Where the address lives',
    pull: 'One place: the server’s scrape config and service discovery',
    push: 'In every client: each must know its collector',
  },
  {
    topic: 'Knowing a target is down',
    pull: 'A failed scrape sets up = 0 at once',
    push: 'Only silence, noticed after a few missed pushes',
  },
  {
    topic: 'Short-lived jobs',
    pull: 'Missed when they end between scrapes',
    push: 'Send their numbers before they exit',
  },
  {
    topic: 'Behind NAT or a firewall',
    pull: 'The server must be able to reach in',
    push: 'Only outbound connections are needed',
  },
];

export default function HomePage() {
  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <section className="grid items-center gap-10 pt-12 pb-8 sm:pt-20 lg:grid-cols-[1.1fr_1fr]">
        <div>
          <p className="text-sm font-semibold tracking-wide text-muted uppercase">
            Monitoring, explained by simulation
          </p>
          <h1 className="mt-3 text-4xl font-bold tracking-tight text-balance sm:text-display">
            Who starts the conversation: the server, or the service?
          </h1>
          <p className="mt-6 text-lg leading-relaxed text-pretty text-muted">
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
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-1 xl:grid-cols-2">
          <figure className="rounded-card border border-border bg-surface p-4">
            <figcaption className="mb-2">
              <Pill side="pull">Pull</Pill>
            </figcaption>
            <FlowDiagram side="pull" />
          </figure>
          <figure className="rounded-card border border-border bg-surface p-4">
            <figcaption className="mb-2">
              <Pill side="push">Push</Pill>
            </figcaption>
            <FlowDiagram side="push" />
          </figure>
        </div>
      </section>

      <section aria-labelledby="ways-in" className="py-10">
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

      <section aria-labelledby="contrast" className="py-10">
        <h2 id="contrast" className="text-2xl font-bold tracking-tight">
          The difference in five lines
        </h2>
        <div className="mt-6 overflow-hidden rounded-card border border-border bg-surface">
          <table className="w-full text-left text-sm sm:text-base">
            <caption className="sr-only">Pull and push compared</caption>
            <thead className="bg-surface-2">
              <tr>
                <th scope="col" className="w-1/4 p-3 font-semibold sm:p-4">
                  <span className="sr-only">Aspect</span>
                </th>
                <th scope="col" className="p-3 font-semibold text-pull-ink sm:p-4">
                  Pull
                </th>
                <th scope="col" className="p-3 font-semibold text-push-ink sm:p-4">
                  Push
                </th>
              </tr>
            </thead>
            <tbody>
              {CONTRASTS.map((row) => (
                <tr key={row.topic} className="border-t border-border align-top">
                  <th scope="row" className="p-3 font-semibold sm:p-4">
                    {row.topic}
                  </th>
                  <td className="p-3 text-muted sm:p-4">{row.pull}</td>
                  <td className="p-3 text-muted sm:p-4">{row.push}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="mt-4 max-w-3xl text-muted">
          Neither wins everywhere. Even with instant discovery, a job that lives 5 seconds and is scraped every 15 is
          seen only one time in three; a thousand services pushing on the same second can knock over a collector that a
          scraper would have paced. The lab lets you find where each one breaks.
        </p>
      </section>
    </div>
  );
}
