import type { Metadata } from 'next';
import { PageIntro } from '@/components/ui/PageIntro';

export const metadata: Metadata = {
  title: 'Study',
  description:
    'Interview preparation for “What is the difference between push- and pull-based monitoring?”: model answers, flashcards and quizzes.',
};

export default function StudyPage() {
  return (
    <div className="mx-auto max-w-6xl px-4 pt-12 sm:px-6 sm:pt-16">
      <PageIntro eyebrow="Interview study" title="“What is the difference between push- and pull-based monitoring?”">
        <p>Model answers first; flashcards with spaced repetition, a quiz and a mock interview follow.</p>
      </PageIntro>
      <section aria-labelledby="answer-30" className="mt-10 max-w-3xl rounded-card border border-border bg-surface p-6">
        <h2 id="answer-30" className="text-xl font-semibold">
          The 30-second answer
        </h2>
        <p className="mt-3 leading-relaxed">
          It is about who starts the transfer. With <strong className="text-pull-ink">pull</strong>, the monitoring
          system fetches metrics from each target on an interval: Prometheus finds targets through service discovery and
          scrapes their <code>/metrics</code> endpoints, and a failed scrape immediately tells it the target is down.
          With <strong className="text-push-ink">push</strong>, the application or an agent sends metrics to a
          collector, as with StatsD, CloudWatch <code>PutMetricData</code> or an OpenTelemetry exporter; it works from
          behind firewalls and for jobs too short to be scraped, but every client must be configured with where to send,
          and a silent service looks the same as a dead one until enough pushes are missed.
        </p>
        <p className="mt-4 rounded-lg bg-surface-2 p-4 leading-relaxed">
          <strong>Key takeaway:</strong> pull suits dynamic, long-running systems such as Kubernetes services; push
          suits short-lived jobs and environments the collector cannot reach. Most real stacks use both.
        </p>
      </section>
    </div>
  );
}
