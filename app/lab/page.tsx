import type { Metadata } from 'next';
import { LabApp } from '@/components/lab/LabApp';
import { NoScriptNotice } from '@/components/site/NoScriptNotice';
import { Link } from '@/components/ui/Link';
import { PageIntro } from '@/components/ui/PageIntro';
import { labCatalog } from '@/lib/lab/catalog';
import { runScenario } from '@/lib/run/run';

export const metadata: Metadata = {
  title: 'Lab',
  description:
    'Run one simulated fleet through a Prometheus-style scraper and a push pipeline, and compare what each one sees.',
};

export default function LabPage() {
  // Validated at build time: the page gets the scenarios as data and never loads the validator.
  const catalog = labCatalog();
  // The default scenario's report, computed at build time: the figures are in the static HTML,
  // readable before any script runs. The sampled trace stays out (it is large); the worker's
  // first run brings it.
  const report = runScenario(catalog.defaults);
  const initialReport = report ? { ...report, trace: [] } : undefined;
  return (
    <div className="mx-auto max-w-7xl px-4 pt-10 sm:px-6 sm:pt-12">
      <PageIntro eyebrow="The lab" title="One fleet, two observers">
        <p>
          A fleet of services and jobs is generated from a seed, then watched by a Prometheus-style scraper and by a
          push pipeline at the same time. Move any setting and both sides are recomputed on the same fleet, so every
          difference comes from the collection model, not from luck. The pull side is{' '}
          <Link href="/validation" className="underline underline-offset-4">
            checked against a real Prometheus
          </Link>
          .
        </p>
      </PageIntro>
      <NoScriptNotice>
        The lab runs its simulation in your browser, so its controls and charts stay still without it. The lessons read
        fully without JavaScript.
      </NoScriptNotice>
      <div className="mt-8">
        <LabApp catalog={catalog} initialReport={initialReport} />
      </div>
    </div>
  );
}
