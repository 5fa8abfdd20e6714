import type { Metadata } from 'next';
import { CheckPage } from '@/components/diagnostic/CheckPage';
import { NoScriptNotice } from '@/components/site/NoScriptNotice';
import { PageIntro } from '@/components/ui/PageIntro';

export const metadata: Metadata = {
  title: 'Check what you know',
  description:
    'A ten-question check before and after the course on push- versus pull-based monitoring, with the gain per topic.',
};

export default function CheckRoute() {
  return (
    <div className="mx-auto max-w-6xl px-4 pt-12 sm:px-6 sm:pt-16">
      <PageIntro eyebrow="Check before and after" title="What do you know about push and pull?">
        <p>
          Ten questions, one for each lesson. Take one check before the course and the other after it: they ask about
          the same ideas in different ways, so the result shows what you learned per topic. Results stay on this device.
        </p>
      </PageIntro>
      <NoScriptNotice>The check runs the simulator in your browser, so it needs JavaScript.</NoScriptNotice>
      <div className="mt-10">
        <CheckPage />
      </div>
    </div>
  );
}
