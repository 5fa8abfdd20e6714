/**
 * The interview answer, as an interviewer wants to hear it: short, then longer with examples,
 * a table, a takeaway, follow-ups and the mistakes that cost points. Text may use `code` spans.
 */
import { lesson, preset, type StudyLink } from './links';

export const QUESTION = 'What is the difference between push- and pull-based monitoring?';

export interface Claim {
  text: string;
  links: StudyLink[];
}

export const THIRTY_SECONDS: readonly Claim[] = [
  {
    text: 'The difference is who starts the transfer. In pull, the monitoring system fetches metrics from each target on a schedule; in push, the application or its agent sends them to a collector.',
    links: [lesson('two-models')],
  },
  {
    text: 'Pull keeps configuration central and turns a failed scrape of a listed target into `up == 0` at the next scrape. Push works through firewalls and for jobs too short to be scraped, but every client must know where to send (usually an agent on its node), and a silent client looks the same as a dead one.',
    links: [lesson('pull-in-practice'), lesson('reachability'), preset('ci-serverless')],
  },
];

export const TWO_MINUTES: readonly Claim[] = [
  {
    text: 'Pull example: Prometheus on Kubernetes. Its Kubernetes service discovery watches the API server, so each new pod becomes a target within seconds. Every interval Prometheus requests the pod’s `/metrics` page, stamps the samples with its own clock and records `up`. A crashed container restarts in place and shows `up == 0` until it is back; a deleted or rescheduled pod simply leaves discovery, so an absence alert (fewer healthy targets than replicas) covers that case. No application needs to know where Prometheus lives.',
    links: [lesson('service-discovery'), preset('kubernetes')],
  },
  {
    text: 'Push example: an application sends custom metrics to CloudWatch with `PutMetricData`. It batches up to 1,000 metrics per call, may attach its own timestamps, and needs only outbound HTTPS, so it works from a Lambda function, a laptop or a device behind NAT. StatsD and OTLP exporters work the same way: the client decides when to send. Unlike OTLP’s cumulative default, PutMetricData values are summed per period, so a lost call loses its counts.',
    links: [lesson('push-in-practice'), preset('iot-nat')],
  },
  {
    text: 'The trade-offs follow from who is in control. The puller paces its own load and knows at the next scrape when a listed target is unreachable, but it must be able to reach every target, can miss anything that lives for less than one interval, and can still be overloaded by exploding label values (cardinality). Pushers reach the backend from anywhere and can report right before exiting, but they can overwhelm the collector when they all send at once, they bring their clocks with them, and their absence is only noticed after several missed pushes.',
    links: [lesson('load-and-overload'), lesson('time-and-truth'), preset('thundering-herd')],
  },
  {
    text: 'In practice the two are combined: Prometheus in agent mode scrapes locally and pushes with `remote_write`, and the OpenTelemetry Collector can scrape and push in the same pipeline. Vendor agents mix both as well: the Datadog Agent receives DogStatsD pushes and scrapes `/metrics` with its OpenMetrics check.',
    links: [lesson('hybrid')],
  },
];

export const TAKEAWAY: Claim = {
  text: 'Pull suits dynamic, long-running systems such as Kubernetes; push suits short-lived jobs and restricted networks. Most real stacks use both, joined by agents, Collectors and remote_write.',
  links: [lesson('summary'), lesson('hybrid')],
};

export interface FollowUp {
  id: string;
  question: string;
  answer: string;
  /**
   * The whole answer in one complete sentence, for the cheat sheet: the answer's first sentence
   * alone can be a fragment ("Neither by itself.").
   */
  oneLine: string;
  links: StudyLink[];
  /** What a strong answer must mention; the mock interview turns these into a checklist. */
  rubric: string[];
}

export const FOLLOW_UPS: readonly FollowUp[] = [
  {
    id: 'batch',
    question: 'How would you monitor a batch job that runs for ten seconds?',
    answer:
      'With a 15 s scrape interval it would be seen about two times in three at best, and discovery delay makes it worse. Have the job push its final result: to a Pushgateway under a job-level grouping key, with an alert on `push_time_seconds`, or through OTLP to a Collector. For machine-level jobs, node_exporter’s textfile collector is an alternative.',
    oneLine: 'Have it push its final result: a 15 s scrape often misses it.',
    links: [lesson('short-lived-jobs'), preset('ci-serverless'), preset('pushgateway-right')],
    rubric: [
      'Says a job shorter than the interval is often missed (about d/T)',
      'Proposes pushing the final result',
      'Names the Pushgateway with a job-level grouping key',
      'Alerts on the push time going stale',
    ],
  },
  {
    id: 'pushgateway-pitfalls',
    question: 'What are the pitfalls of the Pushgateway?',
    answer:
      'It is a single point of failure, `up` then describes the gateway rather than the job, and it never forgets: series stay until deleted through its API, because a TTL was deliberately left out, though they live in memory and a restart loses them unless `--persistence.file` is set. It also keeps only the last push per grouping key, so it cannot sum counters from many instances.',
    oneLine: 'A single point of failure that hides each job’s `up` and never forgets old series.',
    links: [preset('pushgateway-wrong'), lesson('short-lived-jobs')],
    rubric: [
      'Single point of failure',
      'Loses per-job up / health',
      'Series never expire without an explicit delete',
      'Last write wins: not an aggregator',
    ],
  },
  {
    id: 'down',
    question: 'How do you tell that a service is down in each model?',
    answer:
      'Pull: for a target still listed, the scrape fails and `up` becomes 0, within one interval (up to interval plus `scrape_timeout` for a hung host) plus the alert’s own wait; a target that left discovery needs an absence alert. Push: the backend only sees that data stopped arriving and must wait for several missed pushes, and it cannot tell a crash from a network fault or a client that was reconfigured, so you alert on a heartbeat going stale.',
    oneLine: 'Pull: the scrape fails and `up` is 0; push: alert on a stale heartbeat.',
    links: [preset('kubernetes'), lesson('time-and-truth')],
    rubric: [
      'Pull: up == 0 on the failed scrape of a listed target',
      'Mentions an absence alert for targets that left discovery',
      'Push: absence after several missed intervals, alerted via a heartbeat',
      'Push silence is ambiguous',
    ],
  },
  {
    id: 'firewall',
    question: 'Your services run in a customer network you cannot reach. What do you do?',
    answer:
      'Collect from inside and cross the boundary outward: run a Prometheus (or its agent mode, or a Collector) inside their network that scrapes locally and remote-writes or exports OTLP out, or that a central Prometheus federates through one opening. PushProx keeps pure pull by tunnelling scrapes over a connection the client opens outward. Or the services push to an endpoint you expose. Outbound connections are usually allowed where inbound ones are not.',
    oneLine: 'Collect inside and send outward, or push out.',
    links: [lesson('reachability'), preset('iot-nat'), lesson('hybrid')],
    rubric: [
      'Inbound scrapes are blocked, outbound pushes usually allowed',
      'Prometheus, agent or Collector inside the network',
      'remote_write, OTLP or federation across the boundary',
      'Names PushProx as the pull-preserving tunnel',
    ],
  },
  {
    id: 'scale',
    question: 'Which model scales better?',
    answer:
      'Neither by itself. Pull spreads scrapes over the interval and cannot be flooded with requests, but its memory grows with the series its targets expose, so you cap cardinality (`sample_limit`) and shard by target. Push spreads naturally across collectors behind a load balancer but needs jitter, batching and backpressure so aligned clients do not overload it.',
    oneLine: 'Neither by itself: pull is bounded by series, push by bursts of aligned clients.',
    links: [lesson('load-and-overload'), preset('thundering-herd')],
    rubric: [
      'Pull controls its own request load, shards by target',
      'Pull’s limit is series (cardinality), capped with sample_limit',
      'Push can spike when clients align',
      'Mentions jitter, batching or backpressure',
    ],
  },
  {
    id: 'clocks',
    question: 'Why do timestamps behave differently in the two models?',
    answer:
      'Scraped samples get the scraper’s clock at the start of the scrape, so client clocks do not matter, unless the target exposes timestamps of its own, which `honor_timestamps` (true by default) keeps. Pushed samples often carry the client’s clock; a skewed client writes data at the wrong time, and Prometheus rejects samples that arrive out of order unless an out-of-order window is enabled.',
    oneLine: 'Scrapes use the scraper’s clock; pushes often carry the client’s.',
    links: [lesson('time-and-truth'), preset('drifting-clocks')],
    rubric: [
      'Pull uses the server clock',
      'Push may use client clocks',
      'Out-of-order or too-old samples get rejected',
    ],
  },
  {
    id: 'rescheduled',
    question: 'Your pod was rescheduled. Does an `up == 0` alert fire?',
    answer:
      'No: the old pod leaves discovery and its series go stale, while the new pod is a new target with `up == 1`, so no `up == 0` is ever written. A crashed container is different: the kubelet restarts it in place, it stays a target and its failed scrapes set `up` to 0 until it is back. To catch pods that vanish, alert on absence: `absent(up{job="api"})` for a job with no targets at all, and a count of healthy targets below the replicas that kube-state-metrics reports.',
    oneLine: 'No: the old pod’s series go stale and the new pod starts with `up == 1`.',
    links: [lesson('service-discovery'), lesson('time-and-truth'), preset('kubernetes')],
    rubric: [
      'A deleted or replaced pod leaves discovery: no up == 0',
      'A crashed container restarts in place and does show up == 0',
      'Alerts on absence: absent() or count below expected replicas',
      'Names kube-state-metrics as the source of the expected count',
    ],
  },
  {
    id: 'push-dead',
    question: 'How do you alert when a pushing service dies?',
    answer:
      'On a heartbeat: each sender keeps one series fresh, such as a last-success timestamp, and an alert fires when it is older than a few push intervals or missing (`absent_over_time`). A dead pusher sends no stale markers, so a Prometheus backend keeps showing its last value for the five-minute lookback. To guard the alerting path itself, add a dead-man’s switch: an alert that always fires, watched by an outside service that pages when it stops.',
    oneLine: 'Alert when its heartbeat, a last-success timestamp, goes stale or missing.',
    links: [lesson('time-and-truth'), preset('kubernetes')],
    rubric: [
      'Heartbeat series with a staleness threshold of a few intervals',
      'No stale markers from a dead sender: the last value lingers',
      'Dead-man’s switch for the alerting pipeline',
    ],
  },
  {
    id: 'pull-overload',
    question: 'Can a pull server be overloaded?',
    answer:
      'Yes, by series rather than requests: cardinality. It paces its own scrapes, but every distinct label set is a series it holds in memory, so one label carrying user IDs or paths can multiply a target’s page. Prometheus caps each scrape with `sample_limit` (an oversized scrape fails whole and `up` is 0), `label_limit`, `body_size_limit`, and `target_limit` per job, and `prometheus_tsdb_head_series` shows the growth.',
    oneLine: 'Yes, by series rather than requests: high-cardinality labels exhaust its memory.',
    links: [lesson('load-and-overload')],
    rubric: [
      'Not by requests: the server paces its scrapes',
      'Cardinality: label values multiply series and memory',
      'Names sample_limit and at least one other limit',
    ],
  },
  {
    id: 'remote-429',
    question: 'The remote store answers 429. What does Prometheus do?',
    answer:
      'By default it drops that batch: remote write retries 5xx answers with backoff, but a 429 only when `retry_on_http_429: true` is set (opt-in since prometheus#8474; Grafana Agent turned it on by default). Retrying keeps the data but lets the sender fall behind, which the Remote-Write spec accepts as the price. OTLP exporters and the AWS SDKs retry throttled calls with backoff.',
    oneLine: 'By default it drops the batch unless told to retry 429s.',
    links: [lesson('load-and-overload'), lesson('hybrid')],
    rubric: [
      'Default: 429 batches are dropped, 5xx retried',
      'retry_on_http_429 makes it retry',
      'Retrying risks falling behind',
    ],
  },
  {
    id: 'ha',
    question: 'How do you make Prometheus highly available and get a global view?',
    answer:
      'Run two identical Prometheus servers scraping the same targets and let Alertmanager de-duplicate their alerts. For a global view, either a central Prometheus federates a few aggregated series from each server, or every server remote-writes everything into a horizontally scalable store such as Thanos, Mimir or Cortex, which also merges the two copies of an HA pair.',
    oneLine: 'Run twin servers; federate or remote-write to one store.',
    links: [lesson('pull-in-practice'), lesson('hybrid')],
    rubric: [
      'Two identical servers, no coordination needed',
      'Alertmanager de-duplicates their alerts',
      'Federation for a small global view, remote write to Thanos, Mimir or Cortex for all data',
    ],
  },
  {
    id: 'vendors',
    question: 'Is Datadog (or CloudWatch) push or pull?',
    answer:
      'Both: the Datadog Agent receives DogStatsD pushes, runs its checks every 15 s and scrapes `/metrics` with its OpenMetrics check, then pushes everything to Datadog. The CloudWatch agent can likewise scrape Prometheus endpoints and publish the results. Such node-local agents also mean an application is configured with one local address, not the backend’s address and credentials.',
    oneLine: 'Both: their agents scrape and receive pushes locally, then push to the vendor.',
    links: [lesson('push-in-practice'), lesson('hybrid')],
    rubric: [
      'The agent pulls locally (checks, OpenMetrics scraping)',
      'And pushes to the vendor backend',
      'Node-local agents hold the backend configuration once per node',
    ],
  },
  {
    id: 'temporality',
    question: 'A push is lost, or retried after its answer was lost. What happens to the counts?',
    answer:
      'Cumulative data recovers and delta data does not: cumulative points (OTLP’s default, remote write) carry the running total, so a lost push costs only resolution and a duplicate is harmless. Delta data (StatsD lines, CloudWatch `PutMetricData` values, OTLP set to delta) is summed by the receiver: a lost push loses its counts, and a duplicate of one that was in fact stored counts twice.',
    oneLine: 'Cumulative data recovers; delta data does not.',
    links: [lesson('push-in-practice'), preset('flaky-network')],
    rubric: [
      'Cumulative recovers from a lost push',
      'Delta loses counts on loss',
      'Delta double-counts on a duplicate',
      'Places StatsD, CloudWatch and OTLP correctly',
    ],
  },
  {
    id: 'k8s-config',
    question: 'Where does scrape configuration really live on Kubernetes?',
    answer:
      'Usually beside each application, not in one hand-written file. With the Prometheus Operator a team ships a ServiceMonitor or PodMonitor, and the operator generates the scrape jobs; many Helm charts instead generate a job that keeps pods annotated `prometheus.io/scrape: "true"`, a convention of those relabelling rules rather than a Prometheus feature. Either way discovery comes from the API server, and the application still knows nothing about its scraper.',
    oneLine: 'Usually beside each app: ServiceMonitors or pod annotations.',
    links: [lesson('service-discovery'), preset('kubernetes')],
    rubric: [
      'ServiceMonitor / PodMonitor with the Prometheus Operator',
      'The prometheus.io/scrape annotation is a relabelling convention',
      'Discovery still comes from the Kubernetes API',
    ],
  },
];

export interface Mistake {
  claim: string;
  correction: string;
  links: StudyLink[];
}

export const MISTAKES: readonly Mistake[] = [
  {
    claim: '“The Pushgateway makes Prometheus push-based.”',
    correction:
      'Jobs push to the gateway, but Prometheus still scrapes the gateway like any other target. Its own README calls turning Prometheus into a push system a non-goal.',
    links: [lesson('short-lived-jobs'), preset('pushgateway-right')],
  },
  {
    claim: '“up == 0 tells me whenever a pod dies.”',
    correction:
      'Only for targets discovery still lists: a crashed container restarts in place and shows it, but a deleted or rescheduled pod just disappears. Add an absence alert, such as healthy targets below the expected replicas.',
    links: [lesson('service-discovery'), preset('kubernetes')],
  },
  {
    claim: '“A retried push never loses or duplicates data.”',
    correction:
      'Only cumulative data recovers. Delta values such as `PutMetricData`’s lose their counts when a push is lost and count twice when a stored push is retried, and remote write drops 429-refused batches unless `retry_on_http_429` is set.',
    links: [lesson('push-in-practice'), lesson('load-and-overload')],
  },
  {
    claim: '“Pull can’t work for batch jobs at all.”',
    correction:
      'A job that runs for minutes is scraped many times; only jobs shorter than about the interval are likely to be missed. Long batch jobs can be scraped, and short ones can push a final result.',
    links: [preset('nightly-batch'), lesson('short-lived-jobs')],
  },
  {
    claim: '“Push is always faster or real-time.”',
    correction:
      'Most pushers batch: StatsD flushes every 10 s and OTLP exports every 60 s by default. Latency depends on the interval, not the direction.',
    links: [lesson('push-in-practice')],
  },
  {
    claim: '“Prometheus scrapes every 15 seconds by default.”',
    correction: 'The default is 1 minute; 15 s comes from the sample configuration file.',
    links: [lesson('pull-in-practice')],
  },
  {
    claim: '“Pull doesn’t scale.”',
    correction:
      'Scrapes are spread over the interval by hash offsets and the server controls its own request load; its real limit is the number of series, which `sample_limit` caps. Large setups shard targets across servers or remote-write to a scalable store.',
    links: [lesson('load-and-overload'), preset('thundering-herd')],
  },
  {
    claim: '“The Pushgateway adds up counters from my workers.”',
    correction: 'It keeps only the last push per grouping key and metric. Summing needs an aggregator such as StatsD.',
    links: [lesson('short-lived-jobs'), preset('pushgateway-wrong')],
  },
];

export interface MockQuestion {
  id: string;
  question: string;
  answer: string[];
  rubric: string[];
  links: StudyLink[];
}

/** The main question and every follow-up, each with a model answer and a self-assessment rubric. */
export const MOCK_QUESTIONS: readonly MockQuestion[] = [
  {
    id: 'main',
    question: QUESTION,
    answer: [...TWO_MINUTES.map((c) => c.text), TAKEAWAY.text],
    rubric: [
      'Defined the difference as who initiates the transfer',
      'Gave a pull example: Prometheus scraping pods found by service discovery',
      'Gave a push example: PutMetricData, StatsD or an OTLP exporter',
      'Named at least one strength and one weakness of each',
      'Ended with when to use which, and that real stacks combine them',
    ],
    links: [...TAKEAWAY.links],
  },
  ...FOLLOW_UPS.map((f) => ({ id: f.id, question: f.question, answer: [f.answer], rubric: f.rubric, links: f.links })),
];
