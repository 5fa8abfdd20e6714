import type { ScenarioInput } from '../../scenario/schema';
import type { LessonData } from '../types';
import { neverSeenShare } from './measures';

/** Both simulations watch the same fleet, so only the way it pushes differs between them. */
const FLEET = {
  durationSec: 900,
  services: [
    { name: 'api', kind: 'long-running', count: 20, seriesPerService: 50 },
    {
      name: 'job',
      kind: 'short-lived',
      startsPerMin: 6,
      lifetimeSec: { dist: 'exponential', mean: 20 },
      seriesPerService: 10,
    },
  ],
  network: { lossRate: 0.01 },
} satisfies ScenarioInput;

export const lesson: LessonData = {
  slug: 'push-in-practice',
  sims: [
    {
      id: 'statsd',
      caption: 'Twenty services and a stream of short jobs, sending StatsD datagrams over a slightly lossy network',
      scenario: {
        ...FLEET,
        push: { protocol: 'statsd', pushIntervalSec: 10, flushOnExit: true },
      },
      knobs: ['network.lossRate', 'push.protocol', 'push.pushIntervalSec'],
      figures: ['counts-lost', 'failed', 'timestamp-error'],
      views: ['timeline'],
      // Fifteen minutes of pushes every 10 s draw as solid bars: the window shows single datagrams, lost ones crossed out.
      zoom: 'window',
      tasks: [
        {
          id: 'udp-loses',
          label: 'Lose more than 5% of all counted work on the way to the backend',
          hint: 'Nobody acknowledges a datagram, so nobody sends a lost one again. Make the network worse.',
          outcome: 'Lost datagrams are gone: nobody acknowledged them, so nobody sent them again.',
          done: (r) => r.push.countsLostRatio > 0.05,
          solution: [{ path: 'network.lossRate', value: 0.1 }],
        },
        {
          id: 'http-retries',
          label: 'At 10% message loss, keep the lost work under 1%',
          hint: 'An acknowledged push that gets no answer is sent again, and a cumulative counter carries everything the lost one had.',
          outcome: 'Acknowledged pushes were retried, and cumulative counters carried what the lost ones held.',
          done: (r) => r.scenario.network.lossRate >= 0.1 && r.push.countsLostRatio < 0.01,
          solution: [
            { path: 'network.lossRate', value: 0.1 },
            { path: 'push.protocol', value: 'http' },
          ],
        },
      ],
    },
    {
      id: 'exporters',
      caption: 'The same fleet with OTLP or CloudWatch-style HTTP pushes',
      scenario: {
        ...FLEET,
        push: { protocol: 'http', pushIntervalSec: 10, flushOnExit: true },
      },
      knobs: ['push.pushIntervalSec', 'push.flushOnExit', 'services.job.startsPerMin'],
      figures: ['never-seen', 'config-places', 'load-mean'],
      tasks: [
        {
          id: 'no-exit-push',
          label: 'Make push never see more than a third of all instances',
          hint: 'Push on a long timer, as OpenTelemetry’s default does, and take away the last push a job sends as it exits.',
          outcome: 'Jobs that ended before their first timed push, with no push on exit, were never heard of.',
          done: (r) => neverSeenShare(r.push) > 1 / 3,
          solution: [
            { path: 'push.flushOnExit', value: false },
            { path: 'push.pushIntervalSec', value: 60 },
          ],
        },
        {
          id: 'config-everywhere',
          label: 'Run enough jobs that push needs a destination configured in more than 300 places',
          hint: 'Every instance that pushes must be told where to send (in real fleets, usually a node-local agent); Prometheus keeps its targets in one place.',
          outcome: 'Every pushing instance had to be told where to send: the count of places grew with the jobs.',
          done: (r) => r.push.configPlaces > 300 && r.pull.configPlaces === 1,
          solution: [{ path: 'services.job.startsPerMin', value: 20 }],
        },
      ],
    },
  ],
  quiz: {
    question:
      'An application sends StatsD counter increments over UDP, and 5% of the datagrams are dropped on a busy network. What does the backend show?',
    options: [
      {
        text: 'Counts about 5% too low, and no error anywhere',
        correct: true,
        why: 'UDP is fire and forget: the client never learns a datagram was lost, and the increments in it are never sent again. The StatsD daemon sums only what arrives.',
      },
      {
        text: 'Correct counts, slightly late, because the client retries',
        correct: false,
        why: 'That is how an acknowledged HTTP push behaves (OTLP, PutMetricData). A StatsD client gets no acknowledgement, so it has nothing to retry on.',
      },
      {
        text: 'Gaps for the missing flushes, then a catch-up',
        correct: false,
        why: 'Catching up needs cumulative values, as a scraped counter or an OTLP cumulative sum has. StatsD sends increments (deltas): a lost one is gone for good.',
      },
      {
        text: 'An error in the application’s logs for every lost datagram',
        correct: false,
        why: 'Sending a UDP datagram succeeds locally whether or not it ever arrives; that is why StatsD clients never block or slow the application.',
      },
    ],
  },
  sources: [
    { label: 'StatsD README (UDP port 8125, flush interval)', href: 'https://github.com/statsd/statsd' },
    { label: 'StatsD metric types', href: 'https://github.com/statsd/statsd/blob/master/docs/metric_types.md' },
    {
      label: 'Graphite: feeding in your data (plaintext protocol)',
      href: 'https://graphite.readthedocs.io/en/latest/feeding-carbon.html',
    },
    {
      label: 'Amazon CloudWatch API: PutMetricData',
      href: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricData.html',
    },
    { label: 'DogStatsD data aggregation', href: 'https://docs.datadoghq.com/extend/dogstatsd/data_aggregation' },
    {
      label: 'OpenTelemetry metrics SDK: periodic exporting MetricReader',
      href: 'https://opentelemetry.io/docs/specs/otel/metrics/sdk/#periodic-exporting-metricreader',
    },
    {
      label: 'OpenTelemetry: OTLP metrics exporter',
      href: 'https://opentelemetry.io/docs/specs/otel/metrics/sdk_exporters/otlp/',
    },
    {
      label: 'Datadog docs: writing an Agent check (15 s collection interval)',
      href: 'https://docs.datadoghq.com/developers/custom_checks/write_agent_check/',
    },
    {
      label: 'Datadog docs: Prometheus and OpenMetrics collection from a host',
      href: 'https://docs.datadoghq.com/integrations/guide/prometheus-host-collection/',
    },
    {
      label: 'OpenTelemetry docs: Collector agent deployment pattern',
      href: 'https://opentelemetry.io/docs/collector/deploy/agent/',
    },
    {
      label: 'Amazon CloudWatch docs: the CloudWatch agent scraping Prometheus metrics',
      href: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContainerInsights-Prometheus.html',
    },
    {
      label: 'Amazon CloudWatch docs: statistics definitions (Sum per period)',
      href: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Statistics-definitions.html',
    },
    {
      label: 'OpenTelemetry metrics data model: temporality',
      href: 'https://opentelemetry.io/docs/specs/otel/metrics/data-model/#temporality',
    },
  ],
};
