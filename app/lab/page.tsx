import type { Metadata } from 'next';
import Link from 'next/link';
import { Pill } from '@/components/ui/Pill';
import { PageIntro } from '@/components/ui/PageIntro';
import { defaultScenario } from '@/lib/scenario/parse';

export const metadata: Metadata = {
  title: 'Lab',
  description:
    'Run one simulated fleet through a Prometheus-style scraper and a push pipeline, and compare what each one sees.',
};

export default function LabPage() {
  const s = defaultScenario();
  const [web, batch] = s.services;
  const groups = [
    {
      title: 'Fleet',
      rows: [
        `${web.kind === 'long-running' ? web.count : 0} long-running “${web.name}” instances, ${web.kind === 'long-running' ? web.seriesPerService : 0} series each`,
        `“${batch.name}” jobs starting ${batch.kind === 'short-lived' ? batch.startsPerMin : 0} times a minute, living about 20 s`,
        `${s.durationSec / 60} simulated minutes, counted in ${s.resolutionSec} s buckets`,
      ],
    },
    {
      title: 'Pull',
      side: 'pull' as const,
      rows: [
        `Scrape every ${s.pull.scrapeIntervalSec} s with a ${s.pull.scrapeTimeoutSec} s timeout`,
        `Targets found by ${s.pull.discovery} service discovery`,
        s.pull.pushgateway ? 'Short jobs push to a Pushgateway' : 'No Pushgateway',
      ],
    },
    {
      title: 'Push',
      side: 'push' as const,
      rows: [
        `${s.push.protocol.toUpperCase()} pushes every ${s.push.pushIntervalSec} s, ${s.push.alignment}`,
        `Collector accepts ${s.push.collectorCapacityPerSec} pushes per second`,
        s.push.flushOnExit ? 'Jobs push once more as they exit' : 'No final push on exit',
      ],
    },
  ];
  return (
    <div className="mx-auto max-w-6xl px-4 pt-12 sm:px-6 sm:pt-16">
      <PageIntro eyebrow="The lab" title="One fleet, two observers">
        <p>
          The lab generates a fleet of long-running services and short-lived jobs from a seed, then watches the very
          same fleet through a Prometheus-style scraper and through a push pipeline. Move a slider and both sides are
          recomputed, so every difference you see comes from the collection model, not from luck.
        </p>
      </PageIntro>
      <section aria-labelledby="default-scenario" className="mt-10">
        <h2 id="default-scenario" className="text-xl font-semibold">
          The starting scenario
        </h2>
        <div className="mt-4 grid gap-4 md:grid-cols-3">
          {groups.map((g) => (
            <div key={g.title} className="rounded-card border border-border bg-surface p-5">
              <h3 className="font-semibold">{g.side ? <Pill side={g.side}>{g.title}</Pill> : g.title}</h3>
              <ul className="mt-3 list-disc space-y-1.5 pl-5 text-muted">
                {g.rows.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </section>
      <p className="mt-8 max-w-3xl text-muted">
        The interactive controls and charts are on their way. Meanwhile the{' '}
        <Link className="font-semibold text-fg underline underline-offset-4" href="/lessons">
          course outline
        </Link>{' '}
        shows what each experiment will teach.
      </p>
    </div>
  );
}
