import type { LessonData } from '../types';

export const lesson: LessonData = {
  slug: 'load-and-overload',
  sims: [
    {
      id: 'herd',
      caption: '500 edge servers pushing every 10\u00a0s to a collector that accepts 200 pushes a second',
      preset: 'thundering-herd',
      scenario: {
        durationSec: 600,
        services: [{ name: 'edge', kind: 'long-running', count: 500, seriesPerService: 40 }],
        push: { protocol: 'http', pushIntervalSec: 10, alignment: 'aligned', collectorCapacityPerSec: 200 },
      },
      knobs: [
        'push.alignment',
        'push.collectorCapacityPerSec',
        'push.protocol',
        'services.edge.count',
        'push.pushIntervalSec',
      ],
      figures: ['load-peak', 'failed', 'counts-lost'],
      charts: ['load'],
      views: ['timeline'],
      tasks: [
        {
          id: 'spread',
          label: 'Get every push accepted without giving the collector more capacity',
          hint: 'The collector takes 200 pushes a second, and 500 arrive in the same second. Do they have to?',
          outcome: 'Jittered pushes spread across the interval, so no second got more than the collector could take.',
          done: (r) => r.scenario.push.collectorCapacityPerSec <= 200 && r.push.failed === 0,
          solution: [{ path: 'push.alignment', value: 'jittered' }],
        },
        {
          id: 'udp-drops',
          label: 'Lose more than half of the counted work to the overload',
          hint: 'These HTTP clients retry what was refused, and their counters are cumulative (as OTLP’s are by default). Which protocol just drops what does not fit?',
          outcome: 'StatsD over UDP dropped what the collector could not take, and nothing retried it.',
          done: (r) => r.push.countsLostRatio > 0.5,
          solution: [{ path: 'push.protocol', value: 'statsd' }],
        },
        {
          id: 'jitter-not-enough',
          label: 'With jittered pushes, grow the fleet until the collector refuses pushes again',
          hint: 'Jitter flattens the spikes, but the average load still grows with the fleet.',
          outcome: 'Jitter flattened the spikes, but a fleet this big outgrew the collector on average.',
          done: (r) => r.scenario.push.alignment === 'jittered' && r.push.failed > 0,
          solution: [
            { path: 'push.alignment', value: 'jittered' },
            { path: 'services.edge.count', value: 2000 },
          ],
        },
      ],
    },
  ],
  quiz: {
    question:
      'A thousand containers all start their push timers on the full minute, and the collector starts answering HTTP 429. Which change helps most without adding capacity?',
    options: [
      {
        text: 'Give every client a random offset (jitter) for its push timer',
        correct: true,
        why: 'The same pushes spread over the whole interval instead of landing in one second, so the peak drops close to the average. AWS gives the same advice for CloudWatch throttling.',
      },
      {
        text: 'Retry refused pushes immediately',
        correct: false,
        why: 'Instant retries add more requests to the very second that is already overloaded. Retries need exponential backoff, ideally with jitter.',
      },
      {
        text: 'Switch the clients to UDP so nothing is refused',
        correct: false,
        why: 'An overloaded UDP receiver drops datagrams silently, and with them the increments they carried. The errors disappear; the data loss does not.',
      },
      {
        text: 'Shorten the push interval so each push is smaller',
        correct: false,
        why: 'Pushing more often means more requests per second. Against a limit on requests per second, such as an API’s rate quota, the overload gets worse.',
      },
    ],
  },
  predictions: [
    {
      id: 'herd',
      sim: 'herd',
      setting: [],
      question:
        '500 servers push every 10\u00a0s, all at the same second, to a collector that accepts 200 pushes a second. On average that is 50 pushes a second. Does the collector refuse any?',
      options: [
        {
          text: 'No: 50 a second is a quarter of its capacity',
          correct: false,
          why: 'The average hides the shape. All 500 arrive in the same second, and that second is what the collector must take.',
        },
        {
          text: 'Yes: 500 arrive in one second',
          correct: true,
          why: 'Capacity is per second, and the aligned pushes put 500 into one of them: 300 are refused, then retried into the next seconds.',
        },
        {
          text: 'Only if the servers use UDP',
          correct: false,
          why: 'The protocol decides what happens to a refused push (dropped or retried), not whether the collector is overloaded.',
        },
      ],
      answer: (r) => (r.push.failed > 0 ? 1 : 0),
    },
  ],
  sources: [
    {
      label: 'Amazon CloudWatch API: PutMetricData (batching limits)',
      href: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricData.html',
    },
    {
      label: 'AWS re:Post: CloudWatch 400 Throttling errors',
      href: 'https://repost.aws/knowledge-center/cloudwatch-400-error-throttling',
    },
    {
      label: 'Prometheus configuration: scrape_interval and scrape_timeout',
      href: 'https://prometheus.io/docs/prometheus/latest/configuration/configuration/',
    },
    { label: 'StatsD README', href: 'https://github.com/statsd/statsd' },
    {
      label: 'Prometheus Remote-Write 1.0 spec (retries and 429)',
      href: 'https://prometheus.io/docs/specs/prw/remote_write_spec/',
    },
    {
      label: 'prometheus#8474: retrying HTTP 429 made opt-in (retry_on_http_429)',
      href: 'https://github.com/prometheus/prometheus/issues/8474',
    },
    {
      label: 'Prometheus configuration: remote_write queue_config and retry_on_http_429',
      href: 'https://prometheus.io/docs/prometheus/latest/configuration/configuration/#remote_write',
    },
    {
      label: 'Grafana Agent v0.37 release notes: retry_on_http_429 defaults to true',
      href: 'https://grafana.com/docs/agent/v0.37/static/release-notes/',
    },
  ],
};
