/** The course, in reading order. Each lesson's page and tasks are built on this list. */
export interface LessonEntry {
  slug: string;
  title: string;
  /** One sentence: what the reader will be able to explain afterwards. */
  summary: string;
}

export const LESSONS: readonly LessonEntry[] = [
  {
    slug: 'two-models',
    title: 'Two ways to move a number',
    summary: 'Who initiates the transfer, and what a real /metrics page looks like.',
  },
  {
    slug: 'pull-in-practice',
    title: 'Pull in practice',
    summary: 'scrape_configs, interval and timeout, the up metric, and why clients need no destination.',
  },
  {
    slug: 'service-discovery',
    title: 'Finding the targets',
    summary: 'Kubernetes, file and DNS discovery, their delays, and why pull suits dynamic fleets.',
  },
  {
    slug: 'short-lived-jobs',
    title: 'Jobs that end between scrapes',
    summary:
      'Why a job shorter than the interval is seen with probability d/T, and what the Pushgateway fixes and breaks.',
  },
  {
    slug: 'push-in-practice',
    title: 'Push in practice',
    summary: 'StatsD, Graphite, CloudWatch PutMetricData, agents and OTLP exporters.',
  },
  { slug: 'reachability', title: 'Firewalls and NAT', summary: 'Why push works where inbound scrapes cannot reach.' },
  {
    slug: 'load-and-overload',
    title: 'Load and overload',
    summary: 'Pull paces itself; pushes can align into a thundering herd, get throttled or dropped.',
  },
  {
    slug: 'time-and-truth',
    title: 'Time and truth',
    summary: 'Client clocks, out-of-order and too-old samples, and telling dead from quiet.',
  },
  {
    slug: 'hybrid',
    title: 'The real world is hybrid',
    summary: 'Agent mode and remote_write, the OpenTelemetry Collector, and how to choose.',
  },
  {
    slug: 'summary',
    title: 'Putting it together',
    summary: 'The comparison table, each row backed by a demo, and the one-line takeaway.',
  },
];
