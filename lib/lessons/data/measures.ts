/** Readings of a report that task predicates share: the figure registry's, so tasks and tables agree. */
export { failedShare, neverSeenShare } from '../../figures/registry';

/** Stable links to the sources the fact sheet cites, so lessons name them alike. */
export const SOURCES = {
  promConfig: {
    label: 'Prometheus docs: configuration (scrape_config, defaults, service discovery)',
    href: 'https://prometheus.io/docs/prometheus/latest/configuration/configuration/',
  },
  jobsInstances: {
    label: 'Prometheus docs: jobs and instances (the up metric)',
    href: 'https://prometheus.io/docs/concepts/jobs_instances/',
  },
  faqPull: {
    label: 'Prometheus FAQ: why do you pull rather than push?',
    href: 'https://prometheus.io/docs/introduction/faq/',
  },
  exposition: {
    label: 'Prometheus docs: exposition formats (the /metrics text)',
    href: 'https://prometheus.io/docs/instrumenting/exposition_formats/',
  },
  pushing: {
    label: 'Prometheus docs: when to use the Pushgateway',
    href: 'https://prometheus.io/docs/practices/pushing/',
  },
  statsd: { label: 'StatsD README (UDP, port 8125, 10 s flush)', href: 'https://github.com/statsd/statsd' },
  otelSdk: {
    label: 'OpenTelemetry metrics SDK spec (periodic exporting reader, 60 s default)',
    href: 'https://opentelemetry.io/docs/specs/otel/metrics/sdk/',
  },
  scrapeManager: {
    label: 'Prometheus source: scrape/manager.go (the 5 s target-update tick)',
    href: 'https://github.com/prometheus/prometheus/blob/main/scrape/manager.go',
  },
  discoveryManager: {
    label: 'Prometheus source: discovery/manager.go (update throttling)',
    href: 'https://github.com/prometheus/prometheus/blob/main/discovery/manager.go',
  },
} as const;
