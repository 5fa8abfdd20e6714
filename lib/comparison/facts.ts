/**
 * The pull-versus-push comparison, one fact per aspect: what is true for pull, what is true for
 * push, the lesson or lab preset that shows it, and the primary sources it was checked against.
 * The home page, the summary lesson, /study and the cheat sheet each choose their rows from here,
 * so a correction lands everywhere at once. Text may use `code` spans.
 */
import { lesson, preset, type StudyLink } from '../study/links';

export type AspectId =
  | 'data-flow'
  | 'tools'
  | 'use-case'
  | 'configuration'
  | 'health'
  | 'short-lived'
  | 'reachability'
  | 'load'
  | 'timestamps'
  | 'counters'
  | 'client-overhead'
  | 'weak-spot'
  | 'bridges'
  | 'pros'
  | 'cons';

export interface Source {
  label: string;
  href: string;
}

export interface ComparisonFact {
  id: AspectId;
  aspect: string;
  pull: string;
  push: string;
  /** Where to see it: a lesson or a lab preset (a test checks that each resolves). */
  proof: StudyLink[];
  sources: Source[];
  /** A one-line form of the same fact, true on its own: for the home page and the printed cheat sheet. */
  brief?: { pull: string; push: string };
}

const SRC = {
  jobsInstances: {
    label: 'Prometheus docs: jobs and instances (up)',
    href: 'https://prometheus.io/docs/concepts/jobs_instances/',
  },
  config: {
    label: 'Prometheus docs: configuration (scrape_config: honor_timestamps, sample_limit, target_limit)',
    href: 'https://prometheus.io/docs/prometheus/latest/configuration/configuration/',
  },
  staleness: {
    label: 'Prometheus docs: querying basics, staleness',
    href: 'https://prometheus.io/docs/prometheus/latest/querying/basics/#staleness',
  },
  restartPolicy: {
    label: 'Kubernetes docs: pod lifecycle, container restart policy',
    href: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy',
  },
  pushing: {
    label: 'Prometheus docs: when to use the Pushgateway',
    href: 'https://prometheus.io/docs/practices/pushing/',
  },
  pushgateway: { label: 'Pushgateway README', href: 'https://github.com/prometheus/pushgateway' },
  pushProx: { label: 'PushProx README', href: 'https://github.com/prometheus-community/PushProx' },
  remoteWrite: {
    label: 'Prometheus Remote-Write 1.0 specification',
    href: 'https://prometheus.io/docs/specs/prw/remote_write_spec/',
  },
  ddOpenMetrics: {
    label: 'Datadog docs: Prometheus and OpenMetrics collection from a host',
    href: 'https://docs.datadoghq.com/integrations/guide/prometheus-host-collection/',
  },
  ddChecks: {
    label: 'Datadog docs: writing an Agent check (collection interval)',
    href: 'https://docs.datadoghq.com/developers/custom_checks/write_agent_check/',
  },
  otelAgent: {
    label: 'OpenTelemetry docs: Collector agent deployment pattern',
    href: 'https://opentelemetry.io/docs/collector/deploy/agent/',
  },
  otelDataModel: {
    label: 'OpenTelemetry metrics data model: temporality',
    href: 'https://opentelemetry.io/docs/specs/otel/metrics/data-model/#temporality',
  },
  otlpExporter: {
    label: 'OpenTelemetry spec: OTLP metrics exporter (cumulative by default)',
    href: 'https://opentelemetry.io/docs/specs/otel/metrics/sdk_exporters/otlp/',
  },
  cloudWatchStats: {
    label: 'Amazon CloudWatch docs: statistics definitions (Sum)',
    href: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Statistics-definitions.html',
  },
  statsd: { label: 'StatsD README', href: 'https://github.com/statsd/statsd' },
  statsdExporter: { label: 'statsd_exporter README', href: 'https://github.com/prometheus/statsd_exporter' },
  graphiteExporter: { label: 'graphite_exporter README', href: 'https://github.com/prometheus/graphite_exporter' },
  putMetricData: {
    label: 'Amazon CloudWatch API: PutMetricData (Timestamp is optional)',
    href: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricData.html',
  },
} as const satisfies Record<string, Source>;

export const FACTS: { readonly [K in AspectId]: ComparisonFact & { id: K } } = {
  'data-flow': {
    id: 'data-flow',
    aspect: 'Data flow',
    pull: 'The monitoring server connects to each target on its own schedule and reads its `/metrics` page.',
    push: 'Each process, or an agent beside it, connects to a collector and sends its numbers when it chooses.',
    proof: [lesson('two-models'), preset('iot-nat')],
    sources: [SRC.jobsInstances],
    brief: {
      pull: 'The monitoring server asks each target, on its own schedule',
      push: 'The service or its agent sends, on its own schedule',
    },
  },
  tools: {
    id: 'tools',
    aspect: 'Example tools',
    pull: 'Prometheus, the Collector’s prometheus receiver, exporters such as node_exporter.',
    push: 'StatsD and DogStatsD, Graphite, CloudWatch `PutMetricData`, OTLP exporters. Vendor agents are hybrid: the Datadog Agent also runs its checks every 15 s and scrapes `/metrics` with its OpenMetrics check.',
    proof: [lesson('pull-in-practice'), lesson('push-in-practice'), lesson('hybrid')],
    sources: [SRC.ddOpenMetrics, SRC.ddChecks],
    brief: {
      pull: 'Prometheus, the Collector’s prometheus receiver, exporters such as node_exporter.',
      push: 'StatsD, DogStatsD, Graphite, CloudWatch `PutMetricData`, OTLP; vendor agents such as Datadog’s also scrape.',
    },
  },
  'use-case': {
    id: 'use-case',
    aspect: 'Use case',
    pull: 'Long-running services in dynamic fleets such as Kubernetes.',
    push: 'Short-lived jobs, serverless functions, devices behind NAT or firewalls.',
    proof: [preset('kubernetes'), preset('ci-serverless'), preset('iot-nat')],
    sources: [SRC.pushing],
  },
  configuration: {
    id: 'configuration',
    aspect: 'Configuration',
    pull: 'Central: service discovery tells the server what exists now; applications only expose `/metrics`.',
    push: 'Each client names where to send. Usually that is a node-local agent (DogStatsD, a Collector DaemonSet or sidecar, the CloudWatch agent), set once per node, which holds the backend’s address and credentials.',
    proof: [lesson('service-discovery'), lesson('push-in-practice')],
    sources: [SRC.otelAgent],
    brief: {
      pull: 'One place: the server’s scrape config and service discovery',
      push: 'Each client names where to send, usually an agent on its node',
    },
  },
  health: {
    id: 'health',
    aspect: 'Knowing it is down',
    pull: 'A crashed container restarts in place, and its failed scrapes set `up` to 0 from the next scrape (a hung host: up to interval plus `scrape_timeout`). A deleted or replaced pod leaves discovery: its series go stale and no `up == 0` fires, so alert on absence too (`absent()`, fewer than the expected replicas).',
    push: 'Only silence, noticed after several missed intervals; a dead pusher sends nothing, so alert on its heartbeat going stale.',
    proof: [preset('kubernetes'), lesson('time-and-truth')],
    sources: [SRC.jobsInstances, SRC.restartPolicy, SRC.staleness, SRC.config],
    brief: {
      pull: 'A failed scrape sets `up` to 0 at the next scrape; a pod that left discovery needs an absence alert',
      push: 'Only silence, noticed after a few missed pushes',
    },
  },
  'short-lived': {
    id: 'short-lived',
    aspect: 'Short-lived jobs',
    pull: 'Missed when they end between scrapes: a job of d seconds is seen with probability at most d/T.',
    push: 'Send their numbers before they exit.',
    proof: [preset('ci-serverless'), lesson('short-lived-jobs')],
    sources: [SRC.pushing],
    brief: {
      pull: 'Missed when they end between scrapes',
      push: 'Send their numbers before they exit',
    },
  },
  reachability: {
    id: 'reachability',
    aspect: 'Behind NAT or a firewall',
    pull: 'The server must be able to reach in; behind NAT there is usually nothing to discover, so no target and no `up` at all. PushProx, or a Prometheus inside the boundary that federates or remote-writes out, gets through.',
    push: 'Only outbound connections are needed.',
    proof: [preset('iot-nat'), lesson('reachability')],
    sources: [SRC.pushProx, SRC.pushing],
    brief: {
      pull: 'The server must be able to reach in',
      push: 'Only outbound connections are needed',
    },
  },
  load: {
    id: 'load',
    aspect: 'Load',
    pull: 'Paced by the scraper and spread over the interval. Targets cannot flood it with requests, but exploding label values can exhaust its memory: `sample_limit`, `label_limit`, `body_size_limit` and `target_limit` exist for that.',
    push: 'Set by the clients: aligned timers burst, and the collector throttles the excess.',
    proof: [preset('thundering-herd'), lesson('load-and-overload')],
    sources: [SRC.config],
  },
  timestamps: {
    id: 'timestamps',
    aspect: 'Timestamps',
    pull: 'The scraper’s clock at the start of each scrape, unless the target exposes timestamps of its own: `honor_timestamps` defaults to true and keeps them.',
    push: 'Usually the client’s clock, skew included: OTLP points always carry one. StatsD leaves it to the daemon’s flush, and PutMetricData and Graphite let the receiver stamp it if the client leaves it out.',
    proof: [preset('drifting-clocks'), lesson('time-and-truth')],
    sources: [SRC.config, SRC.putMetricData, SRC.statsd],
  },
  counters: {
    id: 'counters',
    aspect: 'Lost data',
    pull: 'Counters are cumulative: a failed scrape is a gap, and the next one reads the whole total again.',
    push: 'Only cumulative data (the OTLP exporter’s default) recovers from a lost push. StatsD datagrams and CloudWatch `PutMetricData` values are deltas, summed per period: a lost one takes its counts with it, and a retry of one that had in fact arrived counts twice.',
    proof: [preset('flaky-network'), lesson('push-in-practice')],
    sources: [SRC.otelDataModel, SRC.otlpExporter, SRC.cloudWatchStats, SRC.statsd],
  },
  'client-overhead': {
    id: 'client-overhead',
    aspect: 'Client overhead',
    pull: 'The process keeps cumulative state, memory growing with its series, and answers each scrape; it opens no connections itself.',
    push: 'A cumulative exporter keeps the same state; a delta client such as StatsD keeps almost none. Either way each process spends CPU, connections and retry buffers on sending, unless a node-local agent does it.',
    proof: [lesson('push-in-practice'), lesson('hybrid')],
    sources: [SRC.otelDataModel, SRC.otelAgent],
  },
  'weak-spot': {
    id: 'weak-spot',
    aspect: 'Blind spot',
    pull: 'A job shorter than the interval is seen with probability at most d/T; targets must be reachable; a target that left discovery raises no `up == 0`.',
    push: 'Bursts, client clocks, and silence that looks the same whether the sender died, hung or lost its network.',
    proof: [preset('ci-serverless'), lesson('short-lived-jobs')],
    sources: [SRC.pushing, SRC.staleness],
  },
  bridges: {
    id: 'bridges',
    aspect: 'Bridges',
    pull: 'The Pushgateway, for the result of a service-level batch job; it keeps pushes in memory only, unless `--persistence.file` is set. statsd_exporter and graphite_exporter turn StatsD and Graphite pushes into pages Prometheus scrapes.',
    push: 'Prometheus agent mode and remote write: scrape, then push between servers (the spec says it is not meant for applications to push).',
    proof: [preset('pushgateway-right'), lesson('hybrid')],
    sources: [SRC.pushgateway, SRC.remoteWrite, SRC.statsdExporter, SRC.graphiteExporter],
  },
  pros: {
    id: 'pros',
    aspect: 'Pros',
    pull: 'A down signal (`up`) for every listed target, the server paces its own load, server-side timestamps unless a target exposes its own.',
    push: 'Works through NAT and firewalls, catches jobs that end between scrapes, reports on exit.',
    proof: [preset('kubernetes'), preset('iot-nat'), preset('ci-serverless')],
    sources: [SRC.jobsInstances, SRC.pushing],
  },
  cons: {
    id: 'cons',
    aspect: 'Cons',
    pull: 'Needs network reach to every target; misses what lives shorter than an interval; cardinality can exhaust its memory.',
    push: 'Thundering herds and throttling, client clock skew, silence is ambiguous.',
    proof: [preset('thundering-herd'), preset('drifting-clocks'), lesson('time-and-truth')],
    sources: [SRC.pushing, SRC.config],
  },
};

/** The facts for the given aspects, in that order. */
export function comparisonRows(ids: readonly AspectId[]): ComparisonFact[] {
  return ids.map((id) => FACTS[id]);
}

/** Each page's choice of rows. */
export const HOME_ASPECTS = [
  'data-flow',
  'configuration',
  'health',
  'short-lived',
  'reachability',
] as const satisfies readonly AspectId[];

export const SUMMARY_ASPECTS = [
  'data-flow',
  'tools',
  'use-case',
  'configuration',
  'health',
  'load',
  'timestamps',
  'counters',
  'client-overhead',
  'weak-spot',
  'bridges',
] as const satisfies readonly AspectId[];

export const STUDY_ASPECTS = [
  'data-flow',
  'tools',
  'use-case',
  'configuration',
  'client-overhead',
  'pros',
  'cons',
] as const satisfies readonly AspectId[];

/** The cheat sheet keeps six rows, in their one-line form where they have one, to fit its printed page. */
export const CHEAT_SHEET_ASPECTS = [
  'data-flow',
  'tools',
  'use-case',
  'configuration',
  'pros',
  'cons',
] as const satisfies readonly AspectId[];
