import type { LessonData } from '../types';
import { neverSeenShare } from './measures';

/** Series one backup run pushes (the gateway's footprint when runs share one grouping key). */
const BACKUP_SERIES = 8;

export const lesson: LessonData = {
  slug: 'hybrid',
  sims: [
    {
      id: 'batch-beside-services',
      caption: 'Ten web servers scraped every minute, and a backup job that runs for 30–90\u00a0s a few times an hour',
      preset: 'pushgateway-right',
      scenario: {
        durationSec: 3600,
        resolutionSec: 60,
        services: [
          { name: 'web', kind: 'long-running', count: 10 },
          {
            name: 'backup',
            kind: 'short-lived',
            startsPerMin: 0.2,
            lifetimeSec: { dist: 'uniform', min: 30, max: 90 },
            seriesPerService: BACKUP_SERIES,
          },
        ],
        pull: { scrapeIntervalSec: 60, pushgateway: true, pushgatewayGrouping: 'instance' },
      },
      knobs: ['pull.pushgateway', 'pull.pushgatewayGrouping', 'pull.scrapeIntervalSec', 'services.backup.startsPerMin'],
      figures: ['never-seen', 'stale-series', 'timestamp-error'],
      views: ['timeline'],
      tasks: [
        {
          id: 'no-ghosts',
          label: 'Keep every backup visible while the gateway holds no more than one run’s series',
          hint: 'A backup is a service-level batch job: it needs one grouping key for the job, not one per run.',
          outcome: 'One grouping key for the job: each run replaced the last, and no finished run piled up.',
          done: (r) =>
            r.scenario.pull.pushgateway && neverSeenShare(r.pull) < 0.05 && r.pull.staleSeries <= BACKUP_SERIES,
          solution: [{ path: 'pull.pushgatewayGrouping', value: 'job' }],
        },
        {
          id: 'pull-alone',
          label: 'Switch the gateway off and find backups that a 60\u00a0s scrape never saw',
          hint: 'A run of 30–90 s can fall between two scrapes, and discovery takes a few seconds of it.',
          outcome: 'Without the gateway, some backups ran between two 60 s scrapes and were never seen.',
          done: (r) =>
            !r.scenario.pull.pushgateway && r.scenario.pull.scrapeIntervalSec >= 60 && r.pull.servicesNeverSeen > 0,
          solution: [{ path: 'pull.pushgateway', value: false }],
        },
      ],
    },
  ],
  quiz: {
    question:
      'Kubernetes services, a nightly backup job, and edge sites whose Prometheus cannot be reached from the central cluster. Which setup matches each part to its strength?',
    options: [
      {
        text: 'Scrape the services, let the backup push its result to a Pushgateway, and run Prometheus in agent mode at each edge site with remote_write to the centre',
        correct: true,
        why: 'Pull with discovery suits long-running pods; the Pushgateway exists for service-level batch jobs; an agent scrapes locally and pushes outward, which only needs outbound connections.',
      },
      {
        text: 'Make everything push to the Pushgateway, so there is one path for all data',
        correct: false,
        why: 'The Pushgateway is a cache for batch results, not a way to make Prometheus push-based: you would lose up for every service, and every series would stay on the gateway forever.',
      },
      {
        text: 'Scrape everything from the central Prometheus, with a long enough scrape timeout',
        correct: false,
        why: 'The edge sites cannot accept inbound connections, and the backup may end between scrapes. No timeout changes either.',
      },
      {
        text: 'Send everything over StatsD, which works everywhere',
        correct: false,
        why: 'StatsD would reach the centre, but over UDP with no acknowledgement: lost datagrams lose counts, and you give up the up metric and discovery for the services.',
      },
    ],
  },
  sources: [
    {
      label: 'Prometheus Agent mode',
      href: 'https://prometheus.io/docs/prometheus/latest/prometheus_agent/',
    },
    {
      label: 'Prometheus configuration: remote_write and queue_config defaults',
      href: 'https://prometheus.io/docs/prometheus/latest/configuration/configuration/#remote_write',
    },
    {
      label: 'Prometheus Remote-Write 1.0 spec',
      href: 'https://prometheus.io/docs/specs/prw/remote_write_spec/',
    },
    {
      label: 'OpenTelemetry Collector: Prometheus receiver',
      href: 'https://github.com/open-telemetry/opentelemetry-collector-contrib/blob/main/receiver/prometheusreceiver/README.md',
    },
    {
      label: 'Prometheus guide: using Prometheus as an OpenTelemetry backend',
      href: 'https://prometheus.io/docs/guides/opentelemetry/',
    },
    { label: 'Prometheus: When to use the Pushgateway', href: 'https://prometheus.io/docs/practices/pushing/' },
    {
      label: 'opentelemetry-collector-contrib#33896: OTLP receiver defaults to localhost since v0.104.0',
      href: 'https://github.com/open-telemetry/opentelemetry-collector-contrib/issues/33896',
    },
    {
      label: 'prometheus#8474: retrying HTTP 429 made opt-in (retry_on_http_429)',
      href: 'https://github.com/prometheus/prometheus/issues/8474',
    },
    { label: 'Prometheus docs: federation', href: 'https://prometheus.io/docs/prometheus/latest/federation/' },
    {
      label: 'Alertmanager docs: high availability and de-duplication',
      href: 'https://prometheus.io/docs/alerting/latest/alertmanager/',
    },
    { label: 'statsd_exporter README', href: 'https://github.com/prometheus/statsd_exporter' },
    { label: 'graphite_exporter README', href: 'https://github.com/prometheus/graphite_exporter' },
    { label: 'Thanos: global view and long-term storage for Prometheus', href: 'https://thanos.io/' },
    { label: 'Grafana Mimir documentation', href: 'https://grafana.com/docs/mimir/latest/' },
    { label: 'Cortex documentation', href: 'https://cortexmetrics.io/docs/' },
    {
      label: 'Grafana Agent v0.37 release notes: retry_on_http_429 defaults to true',
      href: 'https://grafana.com/docs/agent/v0.37/static/release-notes/',
    },
    {
      label:
        'opentelemetry-collector-contrib#48705: prometheusremotewrite renamed prometheus_remote_write, old name kept as an alias',
      href: 'https://github.com/open-telemetry/opentelemetry-collector-contrib/pull/48705',
    },
  ],
};
