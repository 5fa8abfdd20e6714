/**
 * The flashcard deck, in our own words and checked against the primary sources each linked lesson cites.
 * Card ids are stable: saved review state is keyed by them, so rename one only with a migration.
 */
import type { Side } from '../figures/compare';
import type { FigureId } from '../figures/registry';
import type { ScenarioInput } from '../scenario/schema';
import { lesson, preset, type StudyLink } from './links';

export const TOPICS = {
  models: 'The two models',
  scrape: 'Scrape mechanics',
  up: 'The up metric',
  discovery: 'Service discovery',
  pushgateway: 'Pushgateway',
  'push-tools': 'StatsD, Graphite, CloudWatch, Datadog, OTLP',
  firewalls: 'Firewalls and NAT',
  overload: 'Load and overload',
  time: 'Timestamps and clock skew',
  staleness: 'Staleness',
  'remote-write': 'remote_write and agent mode',
  collector: 'OpenTelemetry Collector',
  choosing: 'Choosing for a scenario',
  'next-question': 'The next interview question',
  predict: 'Predict the simulation',
} as const;

export type Topic = keyof typeof TOPICS;

export interface Card {
  id: string;
  topic: Topic;
  front: string;
  back: string;
  links: StudyLink[];
  /** A predict card's back can be run: the learner sees the simulation answer it. */
  run?: CardRun;
}

/** A small scenario whose run shows a predict card's answer on one figure. */
export interface CardRun {
  scenario: ScenarioInput;
  figure: FigureId;
  /**
   * The range of each side's figure value that the back states, worked out on paper from the
   * scenario; a test holds a real run to it, so the card and the simulation cannot disagree.
   */
  states: Record<Side, { min: number; max: number }>;
}

export const DECK: readonly Card[] = [
  // The two models
  {
    id: 'models-core',
    topic: 'models',
    front: 'In one sentence, what separates push-based from pull-based monitoring?',
    back: 'Who opens the connection: in pull the monitoring system fetches metrics from each target; in push the target (or its agent) sends them to a collector.',
    links: [lesson('two-models')],
  },
  {
    id: 'models-pull-examples',
    topic: 'models',
    front: 'Name two pull-based tools and two push-based ones.',
    back: 'Pull: Prometheus, and the OpenTelemetry Collector’s prometheus receiver. Push: StatsD, Graphite’s carbon, CloudWatch PutMetricData, DogStatsD, OTLP exporters.',
    links: [lesson('two-models'), lesson('push-in-practice')],
  },
  {
    id: 'models-config',
    topic: 'models',
    front: 'Where does the configuration live in each model?',
    back: 'Pull: centrally, in the scraper’s target list or discovery rules; apps only expose an endpoint. Push: every client names a destination, usually a node-local agent (DogStatsD, a Collector DaemonSet or sidecar, the CloudWatch agent) that holds the backend’s address and credentials, set once per node.',
    links: [lesson('pull-in-practice'), preset('kubernetes')],
  },
  {
    id: 'models-faq',
    topic: 'models',
    front: 'How strongly does the Prometheus FAQ argue for pull?',
    back: 'Mildly: it calls pull “slightly better” (easy ad-hoc extra servers, a clear down signal, targets you can open in a browser) and says it should not be considered a major point.',
    links: [lesson('two-models')],
  },
  // Scrape mechanics
  {
    id: 'scrape-defaults',
    topic: 'scrape',
    front: 'What are Prometheus’ default scrape_interval and scrape_timeout?',
    back: '1 minute and 10 seconds. The sample prometheus.yml sets 15 s, which is why many people think 15 s is the default. The timeout may not exceed the interval.',
    links: [lesson('pull-in-practice')],
  },
  {
    id: 'scrape-phase',
    topic: 'scrape',
    front: 'When exactly is a target scraped?',
    back: 'At k·T plus a fixed offset from a hash of the target’s labels and scrape URL, mixed with a per-server seed, so scrapes are spread over the interval, not random each time, and two HA servers scrape at different phases.',
    links: [lesson('pull-in-practice'), lesson('load-and-overload')],
  },
  {
    id: 'scrape-sequential',
    topic: 'scrape',
    front: 'Can a slow target get two scrapes in flight at once?',
    back: 'No. Scrapes of one target are sequential and the timeout is at most the interval; a tick that arrives during a slow scrape is simply skipped.',
    links: [lesson('pull-in-practice')],
  },
  {
    id: 'scrape-timestamp',
    topic: 'scrape',
    front: 'Which timestamp does a scraped sample get?',
    back: 'The scrape’s start time, taken from the Prometheus server’s clock, not the target’s, so client clock skew does not distort pulled data. Exception: a timestamp the target exposes itself is kept, because honor_timestamps defaults to true.',
    links: [lesson('time-and-truth'), preset('drifting-clocks')],
  },
  {
    id: 'scrape-rate',
    topic: 'scrape',
    front: 'Why can a job scraped only once show no rate()?',
    back: 'rate() and increase() need at least two samples of the counter in the range. One scrape gives a value but no slope.',
    links: [lesson('short-lived-jobs')],
  },
  // up
  {
    id: 'up-meaning',
    topic: 'up',
    front: 'What does the up series tell you, and who writes it?',
    back: 'Prometheus writes it for every listed target on every scrape: 1 if the scrape succeeded, 0 if it failed (refused, timed out, bad status, too large). A free health check, but only for targets discovery still lists.',
    links: [lesson('pull-in-practice'), preset('kubernetes')],
  },
  {
    id: 'up-push-equivalent',
    topic: 'up',
    front: 'How does a push system notice that a sender died?',
    back: 'Only by absence: after a few expected pushes fail to arrive, so you alert on a heartbeat series going stale. Silence could also mean a quiet or misconfigured client, so detection is slower and less certain.',
    links: [lesson('time-and-truth'), preset('kubernetes')],
  },
  {
    id: 'up-synthetic',
    topic: 'up',
    front: 'Besides up, which series does every scrape add?',
    back: 'scrape_duration_seconds, scrape_samples_scraped, scrape_samples_post_metric_relabeling and scrape_series_added, all with job and instance labels.',
    links: [lesson('pull-in-practice')],
  },
  {
    id: 'up-rescheduled',
    topic: 'up',
    front: 'Your pod was rescheduled. Does an up == 0 alert fire?',
    back: 'No. The old pod leaves discovery and its series go stale; no up == 0 is ever written. Only a container that crashed and restarts in place stays a target and shows up == 0. Alert on absence too: absent(up{job="api"}), or healthy targets below the replicas kube-state-metrics reports.',
    links: [lesson('service-discovery'), preset('kubernetes')],
  },
  {
    id: 'up-hung-host',
    topic: 'up',
    front: 'How long after a host hangs does its up turn 0?',
    back: 'Up to one interval plus scrape_timeout: a crashed process refuses the next scrape at once, but a hung host is only given up on when the timeout runs out.',
    links: [lesson('time-and-truth')],
  },
  {
    id: 'up-dead-mans-switch',
    topic: 'up',
    front: 'What is a dead-man’s switch, and why does push monitoring need heartbeats?',
    back: 'A dead pusher sends nothing, not even stale markers, so each sender keeps a heartbeat series fresh and an alert fires when it is too old or absent. A dead-man’s switch applies the same idea to alerting itself: an always-firing alert watched from outside, which pages when it stops.',
    links: [lesson('time-and-truth')],
  },
  // Service discovery
  {
    id: 'sd-why',
    topic: 'discovery',
    front: 'Why does pull need service discovery?',
    back: 'The scraper must know every target’s address. In a dynamic fleet, discovery (Kubernetes API, Consul, EC2, DNS, files) keeps that list current without touching the apps.',
    links: [lesson('service-discovery'), preset('kubernetes')],
  },
  {
    id: 'sd-kubernetes',
    topic: 'discovery',
    front: 'How does Prometheus’ Kubernetes discovery stay current?',
    back: 'It watches the API server instead of polling, so changes arrive as events; new target sets are then applied on a short tick (about 5 s) before the first scrape.',
    links: [lesson('service-discovery'), preset('kubernetes')],
  },
  {
    id: 'sd-refresh',
    topic: 'discovery',
    front: 'Give the default refresh of DNS, Consul and EC2 discovery.',
    back: 'DNS and Consul poll every 30 s, EC2 and most cloud providers every 60 s. File discovery reacts to file changes at once, with a 5-minute re-read as a fallback.',
    links: [lesson('service-discovery')],
  },
  {
    id: 'sd-short-jobs',
    topic: 'discovery',
    front: 'Why does discovery make short jobs even harder to scrape?',
    back: 'A job is invisible until discovery has applied it, which can take seconds. A 5 s job with a 10 s interval was missed about 80 % of the time in a real test, worse than the 50 % the d/T law predicts.',
    links: [lesson('short-lived-jobs'), preset('ci-serverless')],
  },
  {
    id: 'sd-servicemonitor',
    topic: 'discovery',
    front: 'Where is scrape configuration written on Kubernetes in practice?',
    back: 'In ServiceMonitor or PodMonitor objects beside each app, which the Prometheus Operator turns into scrape jobs; or, with many Helm charts, a generated job that keeps pods annotated prometheus.io/scrape: "true", a relabelling convention rather than a Prometheus feature.',
    links: [lesson('service-discovery'), preset('kubernetes')],
  },
  // Pushgateway
  {
    id: 'pgw-purpose',
    topic: 'pushgateway',
    front: 'What is the Pushgateway for?',
    back: 'Letting a service-level batch job that may end before any scrape leave its final metrics somewhere Prometheus can scrape them.',
    links: [lesson('short-lived-jobs'), preset('pushgateway-right')],
  },
  {
    id: 'pgw-not-push',
    topic: 'pushgateway',
    front: 'Does the Pushgateway make Prometheus push-based?',
    back: 'No. Jobs push to the gateway, but Prometheus still scrapes the gateway. Its README lists “turning Prometheus into push-based monitoring” as a non-goal.',
    links: [lesson('short-lived-jobs'), preset('pushgateway-right')],
  },
  {
    id: 'pgw-forever',
    topic: 'pushgateway',
    front: 'What happens to pushed series when the job that pushed them is gone?',
    back: 'Nothing: the gateway keeps exposing them until someone deletes the group through its API; a TTL was requested many times and declined. They live in memory, so a gateway restart loses them unless --persistence.file is set.',
    links: [lesson('short-lived-jobs'), preset('pushgateway-wrong')],
  },
  {
    id: 'pgw-up',
    topic: 'pushgateway',
    front: 'What does up mean for metrics that came through a Pushgateway?',
    back: 'Only that the gateway answered. The job’s own health is lost; alert on push_time_seconds being too old instead.',
    links: [lesson('short-lived-jobs'), preset('pushgateway-right')],
  },
  {
    id: 'pgw-last-write',
    topic: 'pushgateway',
    front: 'Two instances push the counter jobs_done to the same grouping key. What does the gateway hold?',
    back: 'Only the last push: a later value replaces the earlier one. The gateway is not an aggregator or distributed counter; use StatsD-style aggregation for that.',
    links: [lesson('short-lived-jobs'), preset('pushgateway-wrong')],
  },
  {
    id: 'pgw-put-post',
    topic: 'pushgateway',
    front: 'PUT versus POST on the Pushgateway?',
    back: 'PUT replaces every metric in the grouping key; POST replaces only the metrics with the same names. DELETE removes the group.',
    links: [lesson('short-lived-jobs')],
  },
  {
    id: 'pgw-honor-labels',
    topic: 'pushgateway',
    front: 'Which scrape setting does a Pushgateway job need, and why?',
    back: 'honor_labels: true. Otherwise the pushed job and instance labels clash with the scrape’s own and get renamed exported_job and exported_instance.',
    links: [lesson('short-lived-jobs')],
  },
  // Push tools
  {
    id: 'statsd-transport',
    topic: 'push-tools',
    front: 'How does a client talk to StatsD, and what does that cost?',
    back: 'Plain text lines like requests:1|c over UDP port 8125. Fire and forget: cheap and never blocks the app, but a lost datagram is lost silently.',
    links: [lesson('push-in-practice'), preset('flaky-network')],
  },
  {
    id: 'statsd-flush',
    topic: 'push-tools',
    front: 'What does StatsD do every flush interval?',
    back: 'Every 10 s by default it sums counters (scaled by the sample rate), computes timer statistics and percentiles, sends the results to its backend such as Graphite, and resets counters.',
    links: [lesson('push-in-practice')],
  },
  {
    id: 'graphite-slot',
    topic: 'push-tools',
    front: 'Two points for one Graphite metric land in the same retention slot. Which survives?',
    back: 'The last one written. Whisper rounds the client timestamp down to the slot and overwrites, so pushing faster than the finest retention loses data.',
    links: [lesson('push-in-practice')],
  },
  {
    id: 'cloudwatch-put',
    topic: 'push-tools',
    front: 'What are the main limits of CloudWatch PutMetricData?',
    back: 'Up to 1,000 metrics and 1 MB per request, timestamps from two weeks in the past to two hours in the future, 60 s or 1 s resolution; too many calls get a 400 “Rate exceeded”.',
    links: [lesson('push-in-practice'), preset('thundering-herd')],
  },
  {
    id: 'cloudwatch-aggregate',
    topic: 'push-tools',
    front: 'Several hosts publish the same CloudWatch metric and dimensions in one period. What is stored?',
    back: 'An aggregate of all of them (sample count, sum, min, max). Unlike the Pushgateway or Graphite, CloudWatch does not keep only the last write.',
    links: [lesson('push-in-practice')],
  },
  {
    id: 'dogstatsd',
    topic: 'push-tools',
    front: 'How does DogStatsD differ from plain StatsD?',
    back: 'It runs inside the Datadog Agent, adds tags (|#env:prod), histogram and distribution types, and aggregates per name and tag set before the Agent forwards to Datadog. The same Agent also pulls: its checks run every 15 s and its OpenMetrics check scrapes /metrics.',
    links: [lesson('push-in-practice')],
  },
  {
    id: 'otlp-export',
    topic: 'push-tools',
    front: 'How does an OpenTelemetry SDK send metrics over OTLP by default?',
    back: 'A periodic reader pushes every 60 s (30 s timeout) with cumulative temporality. The SDK’s Prometheus exporter is the pull alternative.',
    links: [lesson('push-in-practice'), lesson('hybrid')],
  },
  {
    id: 'otlp-temporality',
    topic: 'push-tools',
    front: 'Cumulative or delta: which survives a lost export better?',
    back: 'Cumulative: the next point still carries the running total, so only resolution is lost. A lost delta point (StatsD, CloudWatch PutMetricData, OTLP set to delta) loses those increments for good, and a retried delta that was in fact stored counts twice.',
    links: [lesson('push-in-practice'), preset('flaky-network')],
  },
  {
    id: 'push-node-agent',
    topic: 'push-tools',
    front: 'Does push really mean every process knows the backend’s address and credentials?',
    back: 'Usually not: applications send to a node-local agent (DogStatsD in the Datadog Agent, a Collector DaemonSet or sidecar, the CloudWatch agent), and only the agent, configured once per node, knows the backend.',
    links: [lesson('push-in-practice')],
  },
  {
    id: 'push-vendor-hybrid',
    topic: 'push-tools',
    front: 'Are vendor agents push or pull?',
    back: 'Both: the Datadog Agent scrapes /metrics with its OpenMetrics check and runs checks every 15 s, the CloudWatch agent can scrape Prometheus endpoints, and both then push to their backend.',
    links: [lesson('push-in-practice'), lesson('hybrid')],
  },
  {
    id: 'push-temporality-protocols',
    topic: 'push-tools',
    front: 'Delta or cumulative: StatsD, DogStatsD, CloudWatch, OTLP, remote write?',
    back: 'Delta: StatsD and DogStatsD counter lines, CloudWatch PutMetricData values (summed per period). Cumulative: OTLP by default (delta if configured) and remote write, which carries Prometheus samples.',
    links: [lesson('push-in-practice')],
  },
  {
    id: 'push-client-overhead',
    topic: 'push-tools',
    front: 'What does each model cost the monitored process?',
    back: 'Pull: cumulative state that grows with its series, and rendering a page when scraped. Push: the same state for a cumulative exporter (almost none for a StatsD client), plus CPU to encode, connections and a retry buffer, unless a node-local agent takes them over.',
    links: [lesson('push-in-practice')],
  },
  {
    id: 'time-receiver-stamp',
    topic: 'time',
    front: 'Which push protocols let the receiver stamp the time?',
    back: 'PutMetricData (leave out Timestamp) and Graphite (send -1 for now); StatsD always leaves it to the daemon. An OTLP data point always carries time_unix_nano, so there the fix for skew is a good clock.',
    links: [lesson('time-and-truth'), preset('drifting-clocks')],
  },
  // Firewalls
  {
    id: 'fw-direction',
    topic: 'firewalls',
    front: 'Why does push work from behind NAT or a firewall when pull does not?',
    back: 'Push needs only an outbound connection from the device, which NAT and most firewalls allow. Pull needs the scraper to open an inbound connection to each target.',
    links: [lesson('reachability'), preset('iot-nat')],
  },
  {
    id: 'fw-pull-workarounds',
    topic: 'firewalls',
    front: 'Pull is blocked by a network boundary. Name two ways around it without changing model everywhere.',
    back: 'Run a Prometheus (or its agent mode, or a Collector) inside the boundary that scrapes locally and remote-writes outward or is federated by a central server; or tunnel the scrapes with PushProx, whose client connects outward.',
    links: [lesson('reachability'), lesson('hybrid')],
  },
  {
    id: 'fw-nat-no-up',
    topic: 'firewalls',
    front: 'Behind NAT, does up stay at 0 for the devices?',
    back: 'Usually there is no up at all: nothing outside can discover the devices, so they never become targets. up == 0 appears only when discovery lists an address the scraper cannot reach.',
    links: [lesson('reachability'), preset('iot-nat')],
  },
  // Overload
  {
    id: 'load-pull-paced',
    topic: 'overload',
    front: 'Can a pull server be flooded by its own targets?',
    back: 'Not with requests: it decides when and what to scrape, so load is spread by the hash offsets. But it can be flooded with series: exploding label values grow its memory, which sample_limit, label_limit, body_size_limit and target_limit guard against.',
    links: [lesson('load-and-overload'), preset('thundering-herd')],
  },
  {
    id: 'load-herd',
    topic: 'overload',
    front: 'What is a thundering herd in push monitoring?',
    back: 'Many clients pushing at the same wall-clock moment (for example all on the minute) so the collector gets a spike it cannot absorb; pushes are throttled, retried or dropped. Jitter spreads them out.',
    links: [lesson('load-and-overload'), preset('thundering-herd')],
  },
  {
    id: 'load-limits',
    topic: 'overload',
    front: 'How does Prometheus protect itself from a target exposing far too many series?',
    back: 'sample_limit (and label and body size limits): if a scrape exceeds it, the whole scrape fails and up becomes 0.',
    links: [lesson('load-and-overload')],
  },
  {
    id: 'load-remote-429',
    topic: 'overload',
    front: 'The remote store answers 429. What does Prometheus remote write do?',
    back: 'Drops the batch, by default: 5xx answers are retried with backoff, 429 only with retry_on_http_429: true (Grafana Agent turned that on). Retrying risks falling behind.',
    links: [lesson('load-and-overload'), lesson('hybrid')],
  },
  // Time
  {
    id: 'time-client-clock',
    topic: 'time',
    front: 'Why does clock skew matter more for push?',
    back: 'Pushed points often carry the client’s own timestamp (Graphite, CloudWatch, OTLP), so a drifting clock stores data at the wrong time. Scraped samples use the server’s clock.',
    links: [lesson('time-and-truth'), preset('drifting-clocks')],
  },
  {
    id: 'time-out-of-order',
    topic: 'time',
    front: 'What does Prometheus do with a sample older than the newest one of its series?',
    back: 'By default it rejects it as out of order. out_of_order_time_window (off by default, 30 m suggested for OTLP) lets late samples in.',
    links: [lesson('time-and-truth')],
  },
  {
    id: 'time-cloudwatch-window',
    topic: 'time',
    front: 'Which timestamps does CloudWatch accept?',
    back: 'From two weeks in the past up to two hours in the future; without a timestamp it uses the time it received the data.',
    links: [lesson('time-and-truth')],
  },
  // Staleness
  {
    id: 'stale-markers',
    topic: 'staleness',
    front: 'What happens to a series when its target stops returning it?',
    back: 'Prometheus writes a staleness marker, and the series disappears from queries at once instead of lingering for the 5-minute lookback.',
    links: [lesson('time-and-truth')],
  },
  {
    id: 'stale-pushed',
    topic: 'staleness',
    front: 'Why can a pushed series keep showing its last value after the sender died?',
    back: 'Only a sender can write staleness markers; the receiver never creates them. Remote-Write 1.0 senders must send them when a series ends (Prometheus does), but a dead pusher sends none, so queries keep using the last point for up to 5 minutes.',
    links: [lesson('time-and-truth')],
  },
  // remote_write and agent mode
  {
    id: 'rw-what',
    topic: 'remote-write',
    front: 'Is Prometheus with remote_write push or pull?',
    back: 'Both: it still pulls from targets, then batches the samples and pushes them to a remote store. Pull at the edge, push to the centre.',
    links: [lesson('hybrid')],
  },
  {
    id: 'rw-agent',
    topic: 'remote-write',
    front: 'What is Prometheus agent mode?',
    back: 'A Prometheus that scrapes and remote-writes but has no local queries, rules or alerts. Its write-ahead log buffers data when the remote store is unreachable and is deleted once sent.',
    links: [lesson('hybrid')],
  },
  {
    id: 'rw-receiver',
    topic: 'remote-write',
    front: 'Can a normal Prometheus server receive pushed data?',
    back: 'Yes, if enabled: --web.enable-remote-write-receiver (/api/v1/write) and --web.enable-otlp-receiver. Both are off by default.',
    links: [lesson('hybrid')],
  },
  {
    id: 'rw-ha',
    topic: 'remote-write',
    front: 'How is Prometheus made highly available?',
    back: 'Two identical servers scrape the same targets and evaluate the same rules; Alertmanager de-duplicates their alerts. Remote-write stores such as Thanos, Mimir and Cortex merge the two copies.',
    links: [lesson('pull-in-practice'), lesson('hybrid')],
  },
  {
    id: 'rw-federation',
    topic: 'remote-write',
    front: 'Federation or remote write for a global view?',
    back: 'Federation: a central Prometheus scrapes selected, usually aggregated, series from each server’s /federate page, fine for a small global view. Remote write: every sample goes to a scalable long-term store (Thanos, Mimir, Cortex).',
    links: [lesson('hybrid')],
  },
  {
    id: 'rw-not-for-apps',
    topic: 'remote-write',
    front: 'Should an application push its metrics over remote write?',
    back: 'No: the Remote-Write spec says it is not meant for applications to push metrics. It carries samples between servers; applications use OTLP, StatsD or an agent.',
    links: [lesson('hybrid')],
  },
  // Collector
  {
    id: 'collector-role',
    topic: 'collector',
    front: 'What does the OpenTelemetry Collector do in a metrics pipeline?',
    back: 'It receives data (OTLP pushes, or Prometheus-style scrapes with the prometheus receiver), processes it (batching, attributes, sampling) and exports it to one or more backends.',
    links: [lesson('hybrid')],
  },
  {
    id: 'collector-bridge',
    topic: 'collector',
    front: 'Give one way the Collector bridges push and pull.',
    back: 'It can scrape /metrics endpoints with its prometheus receiver and push the result out over OTLP or remote_write; or receive OTLP pushes and expose them for Prometheus to scrape.',
    links: [lesson('hybrid')],
  },
  {
    id: 'collector-delta',
    topic: 'collector',
    front: 'What breaks when you send delta OTLP metrics through the prometheusremotewrite exporter?',
    back: 'The exporter drops non-cumulative sums and histograms; add the deltatocumulative processor first. (The exporter is being renamed prometheus_remote_write; the old name still works.)',
    links: [lesson('hybrid')],
  },
  {
    id: 'collector-endpoint',
    topic: 'collector',
    front: 'After a Collector upgrade, pods can no longer reach its OTLP receiver. Why?',
    back: 'Since v0.104.0 the receiver listens on localhost by default. Set endpoint: 0.0.0.0:4317 for gRPC and 0.0.0.0:4318 for HTTP.',
    links: [lesson('hybrid')],
  },
  {
    id: 'collector-bridges',
    topic: 'collector',
    front: 'Which exporters bridge StatsD and Graphite into Prometheus?',
    back: 'statsd_exporter receives StatsD lines, aggregates them and serves /metrics; graphite_exporter does the same for Graphite plaintext. The Collector itself does not aggregate by default.',
    links: [lesson('hybrid')],
  },
  // Choosing
  {
    id: 'choose-k8s',
    topic: 'choosing',
    front: 'Long-running microservices on Kubernetes: push or pull?',
    back: 'Pull: discovery finds pods as they come and go, up reports crashed containers within a scrape (pods that vanish need an absence alert), and no app needs to know where monitoring lives.',
    links: [lesson('service-discovery'), preset('kubernetes')],
  },
  {
    id: 'choose-batch',
    topic: 'choosing',
    front: 'Thousands of CI jobs lasting a few seconds each: push or pull?',
    back: 'Push: a job shorter than the interval is scraped with probability about d/T, so most would be missed. Push results on exit, or aggregate them in a long-running service.',
    links: [lesson('short-lived-jobs'), preset('ci-serverless')],
  },
  {
    id: 'choose-iot',
    topic: 'choosing',
    front: 'Sensors behind carrier NAT: push or pull?',
    back: 'Push: nobody can open a connection to them, but they can send outward. Add a device-side buffer, cumulative counters and sensible timestamps.',
    links: [lesson('reachability'), preset('iot-nat')],
  },
  {
    id: 'choose-hybrid',
    topic: 'choosing',
    front: 'What is the honest answer to “push or pull?” for a whole company?',
    back: 'Both. Pull for long-running services, push for short jobs and unreachable devices, with agents or Collectors and remote_write joining them into one backend.',
    links: [lesson('hybrid'), lesson('summary')],
  },
  // Next question
  {
    id: 'next-stack',
    topic: 'next-question',
    front:
      'Next question: “Which tools have you used to build an observability stack?” How do you structure the answer?',
    back: 'By signal and by role: what collected metrics (Prometheus scraping, agents pushing), where they were stored, how you alerted and visualised, plus logs and traces; say why each piece was pulled or pushed.',
    links: [lesson('hybrid')],
  },
  {
    id: 'next-bridge',
    topic: 'next-question',
    front: 'Give a one-line bridge from the push/pull answer to the tooling question.',
    back: '“In my last stack Prometheus pulled from the Kubernetes services, batch jobs pushed through OpenTelemetry, and everything was remote-written to one long-term store; here is how each part was chosen.”',
    links: [lesson('hybrid'), lesson('summary')],
  },
  // Predict the simulation: the back says what the run shows, and why; the learner can run it.
  {
    id: 'predict-short-jobs',
    topic: 'predict',
    front:
      'Jobs of exactly 5 s start at random, about 20 a minute. Prometheus scrapes every 15 s and finds each job the moment it starts; push sends as each job exits. What share of the jobs never appears on each side?',
    back: 'Pull: about two thirds. A job is scraped only if one of its scrapes, 15 s apart at a fixed phase, falls within its 5 s life: a chance of 5/15 = 1/3. Push: almost none, since every job sends once as it exits; only a job still running when the run stops is missing.',
    links: [lesson('short-lived-jobs'), preset('ci-serverless')],
    run: {
      scenario: {
        durationSec: 600,
        services: [{ name: 'job', kind: 'short-lived', startsPerMin: 20, lifetimeSec: { dist: 'fixed', value: 5 } }],
        pull: { scrapeIntervalSec: 15, discoveryDelaySec: 0, discoveryTickSec: 0 },
        push: { pushIntervalSec: 10, flushOnExit: true },
      },
      figure: 'never-seen',
      // About 200 jobs: two thirds give a standard deviation of 0.033 on the share, and the range is three.
      states: { pull: { min: 0.56, max: 0.77 }, push: { min: 0, max: 0.03 } },
    },
  },
  {
    id: 'predict-aligned-pushes',
    topic: 'predict',
    front:
      'A thousand instances push every 10 s, all on the same second, to a collector that takes 5,000 requests a second. Prometheus scrapes the same fleet every 10 s. How many requests reach each collector in its busiest second?',
    back: 'Push: 1,000, the whole fleet in one second, then nine quiet ones. Pull: a little over 100, because every target is scraped at its own fixed phase, so 1,000 scrapes spread over the 10 s interval.',
    links: [lesson('load-and-overload'), preset('thundering-herd')],
    run: {
      scenario: {
        durationSec: 300,
        services: [{ name: 'edge', kind: 'long-running', count: 1000, seriesPerService: 10 }],
        pull: { scrapeIntervalSec: 10 },
        push: { pushIntervalSec: 10, alignment: 'aligned', collectorCapacityPerSec: 5000 },
      },
      figure: 'load-peak',
      // 1,000 phases spread over ten one-second windows: about 100 each, the busiest somewhat more.
      states: { pull: { min: 100, max: 150 }, push: { min: 1000, max: 1000 } },
    },
  },
  {
    id: 'predict-crash-notice',
    topic: 'predict',
    front:
      'Pods crash now and then and take a minute to restart. Pull scrapes every 15 s; push sends every 15 s and calls a sender dead after three missed pushes. On average, how long after a crash does each side know?',
    back: 'Pull: about 7.5 s, half an interval: the first scrape after the crash fails and sets up to 0. Push: about 37.5 s: silence counts as death 3 × 15 = 45 s after the last push, which came on average 7.5 s before the crash.',
    links: [lesson('pull-in-practice'), preset('kubernetes')],
    run: {
      scenario: {
        durationSec: 3600,
        services: [
          {
            name: 'pod',
            kind: 'long-running',
            count: 40,
            crashesPerHour: 2,
            restartDelaySec: 60,
            seriesPerService: 10,
          },
        ],
        pull: { scrapeIntervalSec: 15 },
        push: { pushIntervalSec: 15, deadAfterMissedPushes: 3 },
      },
      figure: 'dead-detection',
      // About 80 crashes, each a uniform 0–15 s from the next scrape or back from the last push:
      // the means are 7.5 s and 45 − 7.5 s, each with a standard deviation near 0.5 s.
      states: { pull: { min: 6, max: 9 }, push: { min: 36, max: 39 } },
    },
  },
];

export function findCard(id: string): Card | undefined {
  return DECK.find((c) => c.id === id);
}
