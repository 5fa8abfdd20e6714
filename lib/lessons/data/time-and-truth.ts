import type { LessonData } from '../types';

export const lesson: LessonData = {
  slug: 'time-and-truth',
  sims: [
    {
      id: 'clocks',
      caption: 'Forty VMs whose clocks are a little off, scraped and pushing with their own timestamps',
      preset: 'drifting-clocks',
      scenario: {
        durationSec: 900,
        services: [{ name: 'vm', kind: 'long-running', count: 40, seriesPerService: 50 }],
        network: { clockSkewSec: 2 },
        push: { protocol: 'http', clientTimestamps: true },
      },
      knobs: ['network.clockSkewSec', 'push.clientTimestamps', 'push.protocol'],
      figures: ['timestamp-error', 'missed'],
      tasks: [
        {
          id: 'skewed',
          label: 'Make pushed data points land more than 30\u00a0s away from the truth on average',
          hint: 'Pushed samples carry the client’s own clock. How wrong can those clocks be?',
          outcome: 'Pushed points carried the clients’ wrong clocks into storage.',
          done: (r) => r.push.timestampErrorSecMean > 30,
          solution: [{ path: 'network.clockSkewSec', value: 60 }],
        },
        {
          id: 'server-stamps',
          label: 'Keep the clocks a minute off, but store pushed data points within a second of the truth',
          hint: 'Who should stamp the time: the client, or the collector that receives it?',
          outcome: 'The collector stamped each point as it arrived, so skewed clocks no longer mattered.',
          done: (r) => r.scenario.network.clockSkewSec >= 60 && r.push.timestampErrorSecMean < 1,
          solution: [
            { path: 'network.clockSkewSec', value: 60 },
            { path: 'push.clientTimestamps', value: false },
          ],
        },
      ],
    },
    {
      id: 'dead-or-quiet',
      caption: 'Forty services that each crash about twice an hour and come back 20\u00a0s later',
      scenario: {
        durationSec: 1800,
        services: [
          {
            name: 'api',
            kind: 'long-running',
            count: 40,
            crashesPerHour: 2,
            restartDelaySec: 20,
            onCrash: 'replace',
            seriesPerService: 50,
          },
        ],
        pull: { scrapeIntervalSec: 15 },
        push: { protocol: 'http', pushIntervalSec: 10, deadAfterMissedPushes: 3 },
      },
      knobs: ['push.pushIntervalSec', 'push.deadAfterMissedPushes', 'pull.scrapeIntervalSec'],
      figures: ['dead-detection', 'load-mean'],
      charts: ['down'],
      tasks: [
        {
          id: 'slow-verdict',
          label: 'Make push take more than two minutes, on average, to call a crashed instance dead',
          hint: 'Push can only conclude “dead” after several intervals of silence. Lengthen the intervals, as OpenTelemetry’s 60 s default does.',
          outcome: 'Several silent 60 s intervals had to pass before push could call an instance dead.',
          done: (r) => (r.push.deadDetectionSecMean ?? 0) > 120,
          solution: [{ path: 'push.pushIntervalSec', value: 60 }],
        },
        {
          id: 'hair-trigger',
          label: 'Make push notice crashes sooner than pull does',
          hint: 'Wait for a single missed push, and push more often. What would one late push do in real life?',
          outcome: 'One missed 2 s push was enough to call an instance dead: fast, and twitchy in real life.',
          done: (r) =>
            r.push.deadDetectionSecMean !== null &&
            r.pull.deadDetectionSecMean !== null &&
            r.push.deadDetectionSecMean < r.pull.deadDetectionSecMean,
          // Replaced pods: pull notices only in the ~3 s before the target is dropped, and fast; push must be faster.
          solution: [
            { path: 'push.deadAfterMissedPushes', value: 1 },
            { path: 'push.pushIntervalSec', value: 2 },
          ],
        },
      ],
    },
  ],
  quiz: {
    question:
      'A VM’s clock runs 90 minutes behind. It pushes samples stamped with its own clock to a Prometheus remote-write receiver with default TSDB settings, while other senders keep the head current. What happens to its samples?',
    options: [
      {
        text: 'They are rejected as out of bounds',
        correct: true,
        why: 'With the default 2 h block range, Prometheus only appends samples up to about an hour behind the newest data in its head, and out_of_order_time_window defaults to 0. Ninety minutes is too old.',
      },
      {
        text: 'They are stored at the right time, because Prometheus corrects the skew',
        correct: false,
        why: 'Prometheus keeps the timestamp it is given. Only a scrape is stamped with Prometheus’s own clock, at the scrape’s start.',
      },
      {
        text: 'They are stored 90 minutes in the past, where dashboards show them',
        correct: false,
        why: 'That is what CloudWatch would do: it accepts timestamps up to two weeks in the past. The Prometheus TSDB refuses samples that far behind its head.',
      },
      {
        text: 'They replace the newest samples of the series',
        correct: false,
        why: 'Samples are keyed by timestamp; an old timestamp never overwrites a newer one. An in-order store refuses it instead.',
      },
    ],
  },
  sources: [
    {
      label: 'Prometheus configuration: tsdb out_of_order_time_window',
      href: 'https://prometheus.io/docs/prometheus/latest/configuration/configuration/',
    },
    {
      label: 'Prometheus querying basics: staleness and the 5 m lookback',
      href: 'https://prometheus.io/docs/prometheus/latest/querying/basics/#staleness',
    },
    {
      label: 'Amazon CloudWatch concepts: timestamps (two weeks past, two hours future)',
      href: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html#about_timestamp',
    },
    {
      label: 'Prometheus: Jobs and instances (the up metric)',
      href: 'https://prometheus.io/docs/concepts/jobs_instances/',
    },
    {
      label: 'Prometheus guide: using Prometheus as an OpenTelemetry backend',
      href: 'https://prometheus.io/docs/guides/opentelemetry/',
    },
    {
      label: 'OpenTelemetry metrics data model: temporality',
      href: 'https://opentelemetry.io/docs/specs/otel/metrics/data-model/#temporality',
    },
    {
      label: 'Prometheus Remote-Write 1.0 spec (stale markers, retries)',
      href: 'https://prometheus.io/docs/specs/prw/remote_write_spec/',
    },
    {
      label: 'Graphite whisper source (single updates in the future are refused)',
      href: 'https://github.com/graphite-project/whisper/blob/master/whisper.py',
    },
    {
      label: 'Graphite: feeding in your data (plaintext protocol)',
      href: 'https://graphite.readthedocs.io/en/latest/feeding-carbon.html',
    },
    {
      label: 'OpenTelemetry proto: metrics.proto (time_unix_nano on every data point)',
      href: 'https://github.com/open-telemetry/opentelemetry-proto/blob/main/opentelemetry/proto/metrics/v1/metrics.proto',
    },
    {
      label: 'Amazon CloudWatch API: PutMetricData (Timestamp is optional)',
      href: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricData.html',
    },
    {
      label: 'Prometheus docs: query functions absent() and absent_over_time()',
      href: 'https://prometheus.io/docs/prometheus/latest/querying/functions/#absent',
    },
    {
      label: 'kube-state-metrics README (kube_deployment_spec_replicas)',
      href: 'https://github.com/kubernetes/kube-state-metrics',
    },
    {
      label: 'Kubernetes docs: pod lifecycle, container restart policy',
      href: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy',
    },
  ],
};
