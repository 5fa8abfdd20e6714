/**
 * The glossary: one typed list of the course's terms, each defined once, in our own words, with
 * the primary source that backs it and the lesson that teaches it. The lab's figures are terms
 * too, but their definitions live in the figure registry (lib/figures/registry.ts): the glossary
 * reads each figure's hint instead of copying it, so a figure cannot be defined two ways.
 */
import { FIGURE_IDS, FIGURES, type FigureId } from '../figures/registry';

export interface Source {
  label: string;
  href: string;
}

export interface GlossaryTerm {
  /** The anchor on /glossary and the id an MDX `<Term id="…">` names. */
  id: string;
  term: string;
  definition: string;
  /** Where the definition comes from; figures are this simulation's own measures and have none. */
  source: Source | null;
  /** The lesson (its slug) that teaches the term. */
  lesson: string;
}

const PROM_CONFIG = 'https://prometheus.io/docs/prometheus/latest/configuration/configuration/';
const JOBS_INSTANCES: Source = {
  label: 'Prometheus docs: jobs and instances',
  href: 'https://prometheus.io/docs/concepts/jobs_instances/',
};
const PUSHGATEWAY: Source = { label: 'Pushgateway README', href: 'https://github.com/prometheus/pushgateway' };

/** Terms of the trade, beside the figures. */
const TERMS: readonly GlossaryTerm[] = [
  {
    id: 'scrape',
    term: 'Scrape',
    definition:
      'One pull: Prometheus sends an HTTP request to a target’s metrics endpoint and stores every sample in the answer.',
    source: JOBS_INSTANCES,
    lesson: 'pull-in-practice',
  },
  {
    id: 'instance',
    term: 'Instance (target)',
    definition: 'An endpoint Prometheus can scrape, usually one process; instances with the same purpose form a job.',
    source: JOBS_INSTANCES,
    lesson: 'pull-in-practice',
  },
  {
    id: 'up',
    term: 'up',
    definition:
      'The series Prometheus writes for every scrape of a target: 1 when the scrape succeeded, 0 when it failed.',
    source: JOBS_INSTANCES,
    lesson: 'pull-in-practice',
  },
  {
    id: 'scrape-interval',
    term: 'Scrape interval',
    definition: 'How often Prometheus scrapes each target (`scrape_interval`, one minute unless configured).',
    source: { label: 'Prometheus docs: configuration', href: PROM_CONFIG },
    lesson: 'pull-in-practice',
  },
  {
    id: 'service-discovery',
    term: 'Service discovery',
    definition:
      'How Prometheus learns which targets exist: it asks a source such as Kubernetes, Consul or a file, and keeps the list current.',
    source: { label: 'Prometheus docs: configuration (service discovery)', href: PROM_CONFIG },
    lesson: 'service-discovery',
  },
  {
    id: 'series',
    term: 'Time series',
    definition: 'A stream of timestamped values for one metric name and one exact set of labels.',
    source: { label: 'Prometheus docs: data model', href: 'https://prometheus.io/docs/concepts/data_model/' },
    lesson: 'two-models',
  },
  {
    id: 'staleness',
    term: 'Staleness',
    definition:
      'When a target stops exposing a series, Prometheus marks it stale and queries stop returning it; a series with no sample in the last 5 minutes is treated as gone too.',
    source: {
      label: 'Prometheus docs: staleness',
      href: 'https://prometheus.io/docs/prometheus/latest/querying/basics/#staleness',
    },
    lesson: 'time-and-truth',
  },
  {
    id: 'pushgateway',
    term: 'Pushgateway',
    definition:
      'A service that jobs push their metrics to and Prometheus scrapes; it keeps the last push of each group until it is deleted.',
    source: PUSHGATEWAY,
    lesson: 'short-lived-jobs',
  },
  {
    id: 'grouping-key',
    term: 'Grouping key',
    definition:
      'The labels in a Pushgateway push’s URL (the job, and often an instance) that name its group: a later push to the same key replaces the metrics of the same name.',
    source: PUSHGATEWAY,
    lesson: 'short-lived-jobs',
  },
  {
    id: 'statsd',
    term: 'StatsD',
    definition:
      'A push protocol and daemon: clients send one-line metrics over UDP (port 8125), and the daemon aggregates them and flushes every 10 seconds.',
    source: { label: 'StatsD README', href: 'https://github.com/statsd/statsd' },
    lesson: 'push-in-practice',
  },
  {
    id: 'otlp',
    term: 'OTLP',
    definition:
      'The OpenTelemetry Protocol: how OpenTelemetry SDKs and Collectors send metrics, traces and logs, over gRPC or HTTP.',
    source: { label: 'OTLP specification', href: 'https://opentelemetry.io/docs/specs/otlp/' },
    lesson: 'push-in-practice',
  },
  {
    id: 'temporality',
    term: 'Cumulative and delta',
    definition:
      'A cumulative point carries the running total since a start time; a delta point carries only the change since the previous one.',
    source: {
      label: 'OpenTelemetry metrics data model: temporality',
      href: 'https://opentelemetry.io/docs/specs/otel/metrics/data-model/#temporality',
    },
    lesson: 'push-in-practice',
  },
  {
    id: 'put-metric-data',
    term: 'PutMetricData',
    definition: 'The CloudWatch API call a client uses to push its own metrics to AWS over HTTPS.',
    source: {
      label: 'Amazon CloudWatch API: PutMetricData',
      href: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricData.html',
    },
    lesson: 'push-in-practice',
  },
  {
    id: 'nat',
    term: 'NAT',
    definition:
      'Network address translation: a router lets hosts behind it open connections out, but no connection from outside reaches them unless a mapping is set up.',
    source: { label: 'RFC 3022: Traditional NAT', href: 'https://datatracker.ietf.org/doc/html/rfc3022' },
    lesson: 'reachability',
  },
  {
    id: 'cardinality',
    term: 'Cardinality',
    definition: 'The number of distinct series: every new combination of label values is a new series to store.',
    source: {
      label: 'Prometheus docs: metric and label naming',
      href: 'https://prometheus.io/docs/practices/naming/#labels',
    },
    lesson: 'load-and-overload',
  },
  {
    id: 'remote-write',
    term: 'Remote write',
    definition:
      'Prometheus sending the samples it collected on to another store over HTTP: pull at the edge, push onward.',
    source: {
      label: 'Prometheus Remote-Write specification',
      href: 'https://prometheus.io/docs/specs/prw/remote_write_spec/',
    },
    lesson: 'hybrid',
  },
];

/** The lesson that teaches each figure; a new figure must name one before the glossary compiles. */
const FIGURE_LESSONS: { readonly [K in FigureId]: string } = {
  missed: 'short-lived-jobs',
  'never-seen': 'short-lived-jobs',
  'counts-lost': 'push-in-practice',
  'counts-duplicated': 'push-in-practice',
  'crashes-unnoticed': 'service-discovery',
  'active-series': 'load-and-overload',
  'samples-stored': 'load-and-overload',
  'samples-peak': 'load-and-overload',
  'load-peak': 'load-and-overload',
  'load-mean': 'load-and-overload',
  bytes: 'load-and-overload',
  failed: 'reachability',
  'dead-detection': 'time-and-truth',
  'timestamp-error': 'time-and-truth',
  'stale-series': 'short-lived-jobs',
  'config-places': 'service-discovery',
};

/** A figure's glossary anchor: its registry id, so the figures table can link straight to it. */
export const figureTermId = (id: FigureId) => id;

const FIGURE_TERMS: readonly GlossaryTerm[] = FIGURE_IDS.map((id) => ({
  id: figureTermId(id),
  term: FIGURES[id].label,
  definition: FIGURES[id].hint,
  source: null,
  lesson: FIGURE_LESSONS[id],
}));

/** Every term, figures included, in alphabetical order. */
export const GLOSSARY: readonly GlossaryTerm[] = [...TERMS, ...FIGURE_TERMS].sort((a, b) =>
  a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }),
);

export const findTerm = (id: string): GlossaryTerm | undefined => GLOSSARY.find((t) => t.id === id);
