import type { LessonData } from '../types';
import { neverSeenShare } from './measures';

export const lesson: LessonData = {
  slug: 'summary',
  sims: [
    {
      id: 'blind-spots',
      caption: 'An API of twenty long-running instances, with room for batch jobs and a firewall',
      scenario: {
        durationSec: 1200,
        services: [
          {
            name: 'api',
            kind: 'long-running',
            count: 20,
            crashesPerHour: 2,
            restartDelaySec: 30,
            seriesPerService: 100,
          },
          {
            name: 'batch',
            kind: 'short-lived',
            startsPerMin: 0,
            lifetimeSec: { dist: 'fixed', value: 5 },
            seriesPerService: 10,
          },
        ],
        pull: { scrapeIntervalSec: 15, pushgateway: false },
        push: { protocol: 'http', pushIntervalSec: 10 },
      },
      knobs: ['services.batch.startsPerMin', 'services.api.firewalled', 'pull.scrapeIntervalSec', 'push.protocol'],
      figures: ['never-seen', 'missed', 'dead-detection', 'config-places'],
      tasks: [
        {
          id: 'short-jobs',
          label: 'Start 5-second batch jobs until pull never sees half of all instances, while push sees nearly all',
          hint: 'Jobs shorter than the scrape interval are seen with probability d/T at best.',
          outcome: 'Short batch jobs mostly ended between scrapes, while each one pushed its own result.',
          done: (r) => neverSeenShare(r.pull) > 0.5 && neverSeenShare(r.push) < 0.05,
          solution: [{ path: 'services.batch.startsPerMin', value: 6 }],
        },
        {
          id: 'firewall',
          label: 'Put the API behind a firewall: pull misses over 90% of the data points, push under 10%',
          hint: 'A scrape must connect in; a push only connects out.',
          outcome: 'Scrapes could not connect in through the firewall; pushes connected out and got through.',
          done: (r) => r.pull.missedSampleRatio > 0.9 && r.push.missedSampleRatio < 0.1,
          solution: [{ path: 'services.api.firewalled', value: true }],
        },
      ],
    },
  ],
  quiz: {
    question: 'Which pairing sums up the course?',
    options: [
      {
        text: 'Pull for dynamic, long-running systems such as Kubernetes; push for short-lived jobs and places a scraper cannot reach',
        correct: true,
        why: 'Discovery plus scraping gives one place of configuration, self-paced load and an up metric for every target. Jobs that end between scrapes and hosts behind NAT or firewalls need to send their data out.',
      },
      {
        text: 'Push everywhere: it never misses a short job, so it is always the safer choice',
        correct: false,
        why: 'Push also costs: every client must be configured with a destination, load can arrive in aligned bursts, client clocks stamp the data, and silence is ambiguous until several intervals pass.',
      },
      {
        text: 'Pull everywhere: the Pushgateway can turn any push into a scrape',
        correct: false,
        why: 'The Pushgateway is meant for service-level batch jobs. Used as a general push path it is a single point of failure, hides up, and never forgets a series.',
      },
      {
        text: 'It does not matter: both deliver the same data, only the direction differs',
        correct: false,
        why: 'The direction decides who paces the load, who stamps the time, who must know whose address, and what a missing sample means. The labs in this course show each difference.',
      },
    ],
  },
  sources: [
    {
      label: 'Prometheus FAQ: why do you pull rather than push?',
      href: 'https://prometheus.io/docs/introduction/faq/#why-do-you-pull-rather-than-push',
    },
    { label: 'Prometheus: When to use the Pushgateway', href: 'https://prometheus.io/docs/practices/pushing/' },
    { label: 'StatsD README', href: 'https://github.com/statsd/statsd' },
    {
      label: 'Amazon CloudWatch API: PutMetricData',
      href: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricData.html',
    },
    {
      label: 'OpenTelemetry metrics SDK: periodic exporting MetricReader',
      href: 'https://opentelemetry.io/docs/specs/otel/metrics/sdk/#periodic-exporting-metricreader',
    },
    { label: 'Prometheus Agent mode', href: 'https://prometheus.io/docs/prometheus/latest/prometheus_agent/' },
  ],
};
