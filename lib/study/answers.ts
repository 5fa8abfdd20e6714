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
    text: 'Pull keeps configuration central and turns a failed scrape into an immediate `up == 0`. Push works through firewalls and for jobs too short to be scraped, but every client must know where to send, and a silent client looks the same as a dead one.',
    links: [lesson('pull-in-practice'), lesson('reachability'), preset('ci-serverless')],
  },
];

export const TWO_MINUTES: readonly Claim[] = [
  {
    text: 'Pull example: Prometheus on Kubernetes. Its Kubernetes service discovery watches the API server, so each new pod becomes a target within seconds. Every interval Prometheus requests the pod’s `/metrics` page, stamps the samples with its own clock and records `up`. A crashed pod shows `up == 0` on the next scrape, and no application needs to know where Prometheus lives.',
    links: [lesson('service-discovery'), preset('kubernetes')],
  },
  {
    text: 'Push example: an application sends custom metrics to CloudWatch with `PutMetricData`. It batches up to 1,000 metrics per call, may attach its own timestamps, and needs only outbound HTTPS, so it works from a Lambda function, a laptop or a device behind NAT. StatsD and OTLP exporters work the same way: the client decides when to send.',
    links: [lesson('push-in-practice'), preset('iot-nat')],
  },
  {
    text: 'The trade-offs follow from who is in control. The puller paces its own load and knows at once when a target is unreachable, but it must be able to reach every target and can miss anything that lives for less than one interval. Pushers reach the backend from anywhere and can report right before exiting, but they can overwhelm the collector when they all send at once, they bring their clocks with them, and their absence is only noticed after several missed pushes.',
    links: [lesson('load-and-overload'), lesson('time-and-truth'), preset('thundering-herd')],
  },
  {
    text: 'In practice the two are combined: Prometheus in agent mode scrapes locally and pushes with `remote_write`, and the OpenTelemetry Collector can scrape and push in the same pipeline.',
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
      'It is a single point of failure, `up` then describes the gateway rather than the job, and it never forgets: series stay until deleted through its API, because a TTL was deliberately left out. It also keeps only the last push per grouping key, so it cannot sum counters from many instances.',
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
      'Pull: the scrape fails and `up` becomes 0 on that very scrape, so an alert on `up == 0` fires within one interval plus the alert’s own wait. Push: the backend only sees that data stopped arriving and must wait for several missed pushes, and it cannot tell a crash from a network fault or a client that was reconfigured.',
    links: [preset('kubernetes'), lesson('time-and-truth')],
    rubric: [
      'Pull: up == 0 on the failed scrape',
      'Push: absence after several missed intervals',
      'Push silence is ambiguous',
    ],
  },
  {
    id: 'firewall',
    question: 'Your services run in a customer network you cannot reach. What do you do?',
    answer:
      'Push from inside: either the services push to an endpoint you expose, or you run a Prometheus agent or Collector inside their network that scrapes locally and pushes out with `remote_write` or OTLP. Outbound connections are usually allowed where inbound ones are not.',
    links: [lesson('reachability'), preset('iot-nat'), lesson('hybrid')],
    rubric: [
      'Inbound scrapes are blocked, outbound pushes usually allowed',
      'Agent or Collector inside the network',
      'remote_write or OTLP outward',
    ],
  },
  {
    id: 'scale',
    question: 'Which model scales better?',
    answer:
      'Neither by itself. Pull spreads scrapes over the interval and cannot be flooded by its targets, but one server can only scrape so much, so you shard by target. Push spreads naturally across collectors behind a load balancer but needs jitter, batching and backpressure so aligned clients do not overload it.',
    links: [lesson('load-and-overload'), preset('thundering-herd')],
    rubric: [
      'Pull controls its own load, shards by target',
      'Push can spike when clients align',
      'Mentions jitter, batching or backpressure',
    ],
  },
  {
    id: 'clocks',
    question: 'Why do timestamps behave differently in the two models?',
    answer:
      'Scraped samples get the scraper’s clock at the start of the scrape, so client clocks do not matter. Pushed samples often carry the client’s clock; a skewed client writes data at the wrong time, and Prometheus rejects samples that arrive out of order unless an out-of-order window is enabled.',
    links: [lesson('time-and-truth'), preset('drifting-clocks')],
    rubric: [
      'Pull uses the server clock',
      'Push may use client clocks',
      'Out-of-order or too-old samples get rejected',
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
    links: [preset('pushgateway-right')],
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
      'Scrapes are spread over the interval by hash offsets and the server controls its own load; large setups shard targets across servers or use agents with remote_write.',
    links: [lesson('load-and-overload'), preset('thundering-herd')],
  },
  {
    claim: '“The Pushgateway adds up counters from my workers.”',
    correction: 'It keeps only the last push per grouping key and metric. Summing needs an aggregator such as StatsD.',
    links: [preset('pushgateway-wrong')],
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
