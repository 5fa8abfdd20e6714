import type { Metadata } from 'next';
import { PageIntro } from '@/components/ui/PageIntro';
import { ValidationReport } from '@/components/validation/ValidationReport';
import type { ValidationResults } from '@/lib/validation/results';
import results from '@/lib/validation/results.json';

export const metadata: Metadata = {
  title: 'Validation',
  description:
    'The simulator checked against a real Prometheus and Pushgateway: the same fleet run by both, compared figure by figure with confidence intervals.',
};

export default function ValidationPage() {
  return (
    <div className="mx-auto max-w-5xl px-4 pt-10 pb-16 sm:px-6 sm:pt-12">
      <PageIntro eyebrow="Validation" title="Checked against the real thing">
        <p>
          The lab&apos;s pull side is a model. Here the same fleets were run by a real Prometheus and Pushgateway, and
          what they stored is set beside what the simulator predicts, with the uncertainty that comes from the number of
          samples.
        </p>
      </PageIntro>
      <div className="mt-10">
        <ValidationReport results={results as unknown as ValidationResults} />
      </div>
    </div>
  );
}
