/**
 * The course's closing comparison of pull and push. Every row names the demos that prove it: a lab
 * preset (`/lab?preset=…`) or the lesson that works it through. Rendered by the summary lesson.
 */

export interface Demo {
  label: string;
  href: string;
}

export interface ComparisonRow {
  id: string;
  aspect: string;
  pull: string;
  push: string;
  demos: Demo[];
}

const lab = (preset: string, label: string): Demo => ({ label, href: `/lab?preset=${preset}` });
const lesson = (slug: string, label: string): Demo => ({ label, href: `/lessons/${slug}` });

export const COMPARISON: readonly ComparisonRow[] = [
  {
    id: 'data-flow',
    aspect: 'Data flow',
    pull: 'The collector connects to each target and reads its /metrics page.',
    push: 'Each process connects to the collector and sends its numbers.',
    demos: [lab('iot-nat', 'Devices behind NAT'), lesson('reachability', 'Firewalls and NAT')],
  },
  {
    id: 'tools',
    aspect: 'Example tools',
    pull: 'Prometheus; the OpenTelemetry Collector’s Prometheus receiver.',
    push: 'StatsD, Graphite, CloudWatch PutMetricData, DogStatsD, OTLP exporters.',
    demos: [lesson('push-in-practice', 'Push in practice'), lesson('pull-in-practice', 'Pull in practice')],
  },
  {
    id: 'use-case',
    aspect: 'Use case',
    pull: 'Long-running services on a dynamic platform such as Kubernetes.',
    push: 'Short-lived jobs, serverless functions, devices behind NAT or firewalls.',
    demos: [lab('kubernetes', 'Kubernetes microservices'), lab('ci-serverless', 'CI runners and serverless')],
  },
  {
    id: 'configuration',
    aspect: 'Configuration',
    pull: 'One place: service discovery tells the server where every target is.',
    push: 'Every client must be told the collector’s address.',
    demos: [lesson('service-discovery', 'Finding the targets'), lesson('push-in-practice', 'Push in practice')],
  },
  {
    id: 'health',
    aspect: 'Knowing it is down',
    pull: 'A failed scrape sets up to 0 at the next scrape.',
    push: 'Silence means death only after several missed intervals.',
    demos: [lab('kubernetes', 'Kubernetes microservices'), lesson('time-and-truth', 'Time and truth')],
  },
  {
    id: 'load',
    aspect: 'Load',
    pull: 'Paced by the scraper and spread over the interval.',
    push: 'Set by the clients: aligned timers burst and get throttled.',
    demos: [lab('thundering-herd', 'Aligned pushes'), lesson('load-and-overload', 'Load and overload')],
  },
  {
    id: 'timestamps',
    aspect: 'Timestamps',
    pull: 'The scraper’s own clock, at the start of each scrape.',
    push: 'Usually the client’s clock, skew included.',
    demos: [lab('drifting-clocks', 'Drifting clocks'), lesson('time-and-truth', 'Time and truth')],
  },
  {
    id: 'loss',
    aspect: 'Lossy network',
    pull: 'A failed scrape is a gap; the next one reads the whole counter again.',
    push: 'Acknowledged pushes retry; lost UDP datagrams take their counts with them.',
    demos: [lab('flaky-network', 'Flaky network'), lesson('push-in-practice', 'Push in practice')],
  },
  {
    id: 'weak-spot',
    aspect: 'Blind spot',
    pull: 'A job shorter than the interval is seen with probability d/T; targets must be reachable.',
    push: 'Configuration in every client, bursts, client clocks, ambiguous silence.',
    demos: [
      lab('ci-serverless', 'CI runners and serverless'),
      lesson('short-lived-jobs', 'Jobs that end between scrapes'),
    ],
  },
  {
    id: 'bridges',
    aspect: 'Bridges',
    pull: 'The Pushgateway, for the result of a service-level batch job.',
    push: 'Prometheus agent mode and remote write: scrape, then push.',
    demos: [lab('pushgateway-right', 'Pushgateway done right'), lesson('hybrid', 'The real world is hybrid')],
  },
];
