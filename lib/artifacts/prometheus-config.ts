/**
 * The prometheus.yml an operator would write for the scenario: one scrape job per service group, found by the
 * scenario's discovery mechanism, plus the Pushgateway when short-lived jobs push to it. A sample limit becomes
 * every job's `sample_limit`; a push side that drops throttled pushes is Prometheus remote write with its default
 * `queue_config.retry_on_http_429: false`, written out
 * (https://prometheus.io/docs/prometheus/2.42/configuration/configuration/#remote_write).
 */
import type { DiscoveryMechanism, Scenario, ServiceGroup } from '../scenario/schema';
import { promDuration } from './duration';
import { DOMAIN, METRICS_PORT, instanceAddress } from './instance';
import { yamlFlowList, yamlString } from './yaml';

export const PUSHGATEWAY_ADDRESS = 'pushgateway:9091';
export const REMOTE_WRITE_URL = `https://metrics-backend.${DOMAIN}/api/v1/write`;
export const DEFAULT_TARGETS_DIR = '/etc/prometheus/targets';
/** dns_sd_configs' default refresh_interval; the simulation polls DNS on the same 30 s grid. */
export const DNS_REFRESH_SEC = 30;
/** file_sd_configs' default refresh_interval: only a fallback, file changes are watched. */
export const FILE_REFRESH_SEC = 300;

export interface PrometheusConfigOptions {
  /** Directory of the file_sd target files; default /etc/prometheus/targets. */
  targetsDir?: string;
}

/** Short-lived groups are scraped directly only without a gateway; with it, they push and the gateway is scraped. */
export const scrapedGroups = (s: Scenario): ServiceGroup[] =>
  s.services.filter((g) => g.kind === 'long-running' || !s.pull.pushgateway);

/** The gateway's job name: `pushgateway`, unless a service group already uses that name. */
export function pushgatewayJobName(s: Scenario): string {
  const taken = new Set(s.services.map((g) => g.name));
  let name = 'pushgateway';
  for (let i = 2; taken.has(name); i++) name = `pushgateway-${i}`;
  return name;
}

/** Instances alive at t = 0: a long-running group's `count`; short-lived jobs have not arrived yet. */
export const targetsAtStart = (g: ServiceGroup): string[] =>
  g.kind === 'long-running' ? Array.from({ length: g.count }, (_, i) => instanceAddress(g.name, i)) : [];

export const fileSdPath = (g: ServiceGroup, dir = DEFAULT_TARGETS_DIR): string =>
  `${dir.replace(/\/$/, '')}/${g.name}.json`;

/** The file_sd target file for a group as it stands at t = 0 (whatever launches instances keeps it current). */
export function fileSdTargets(g: ServiceGroup): string {
  const targets = targetsAtStart(g);
  if (targets.length === 0) return '[]\n';
  return `${JSON.stringify([{ targets, labels: { service: g.name } }], null, 2)}\n`;
}

/** The `<scrape_config>` body lines after job_name for one group, indented for the job's list item. */
function discoveryLines(g: ServiceGroup, mechanism: DiscoveryMechanism, targetsDir: string): string[] {
  switch (mechanism) {
    case 'kubernetes':
      return [
        'kubernetes_sd_configs:',
        '  - role: pod',
        'relabel_configs:',
        // Keep this group's pods that opted in, running ones only: a finished pod still listed would fail scrapes.
        ...relabel({ source_labels: ['__meta_kubernetes_pod_label_app'], regex: g.name, action: 'keep' }),
        ...relabel({
          source_labels: ['__meta_kubernetes_pod_annotation_prometheus_io_scrape'],
          regex: 'true',
          action: 'keep',
        }),
        ...relabel({
          source_labels: ['__meta_kubernetes_pod_phase'],
          regex: 'Pending|Succeeded|Failed',
          action: 'drop',
        }),
        // The port comes from the pod's prometheus.io/port annotation.
        ...relabel({
          source_labels: ['__address__', '__meta_kubernetes_pod_annotation_prometheus_io_port'],
          regex: '([^:]+)(?::\\d+)?;(\\d+)',
          replacement: '$1:$2',
          target_label: '__address__',
        }),
        ...relabel({ source_labels: ['__meta_kubernetes_namespace'], target_label: 'namespace' }),
        ...relabel({ source_labels: ['__meta_kubernetes_pod_name'], target_label: 'pod' }),
      ];
    case 'file':
      return [
        'file_sd_configs:',
        '  - files:',
        `      - ${yamlString(fileSdPath(g, targetsDir))}`,
        `    refresh_interval: ${promDuration(FILE_REFRESH_SEC)}`,
      ];
    case 'dns':
      // A records of the service name, one per instance; the port is not in an A record, so it is given here.
      return [
        'dns_sd_configs:',
        '  - names:',
        `      - ${yamlString(`${g.name}.${DOMAIN}`)}`,
        '    type: A',
        `    port: ${METRICS_PORT}`,
        `    refresh_interval: ${promDuration(DNS_REFRESH_SEC)}`,
      ];
    case 'static': {
      const targets = targetsAtStart(g);
      if (targets.length === 0) return ['static_configs:', '  - targets: []'];
      return ['static_configs:', '  - targets:', ...targets.map((t) => `      - ${yamlString(t)}`)];
    }
  }
}

interface Relabel {
  source_labels: string[];
  regex?: string;
  action?: 'keep' | 'drop';
  replacement?: string;
  target_label?: string;
}

/** One relabel_configs list item; keys in the order the Prometheus docs list them. */
function relabel(r: Relabel): string[] {
  const fields: [string, string | undefined][] = [
    ['source_labels', yamlFlowList(r.source_labels)],
    ['regex', r.regex === undefined ? undefined : yamlString(r.regex)],
    ['target_label', r.target_label === undefined ? undefined : yamlString(r.target_label)],
    ['replacement', r.replacement === undefined ? undefined : yamlString(r.replacement)],
    ['action', r.action],
  ];
  return fields
    .filter((f): f is [string, string] => f[1] !== undefined)
    .map(([k, v], i) => `${i === 0 ? '  - ' : '    '}${k}: ${v}`);
}

function groupComment(g: ServiceGroup, s: Scenario): string[] {
  const notes: string[] = [];
  if (g.kind === 'short-lived') notes.push('short-lived jobs: only scraped while discovery lists them');
  if (s.pull.discovery === 'static' && g.kind === 'short-lived')
    notes.push('static targets cannot follow jobs that come and go');
  if (g.firewalled) notes.push('firewalled: inbound connections fail, so every scrape fails');
  return notes.map((n) => `  # ${g.name}: ${n}`);
}

/** `sample_limit` for a scrape job: a target exposing more samples fails its whole scrape. Unset (0) is unlimited. */
function sampleLimitLines(s: Scenario): string[] {
  return s.pull.sampleLimit > 0 ? [`    sample_limit: ${s.pull.sampleLimit}`] : [];
}

/** Remote write as the push side models it when it drops throttled pushes: a 429-refused batch is discarded. */
function remoteWriteLines(s: Scenario): string[] {
  if (s.push.protocol !== 'http' || s.push.onThrottle !== 'drop') return [];
  return [
    '# The push side: remote write drops a batch the backend refuses with 429 unless retry_on_http_429 is true.',
    'remote_write:',
    `  - url: ${yamlString(REMOTE_WRITE_URL)}`,
    '    queue_config:',
    '      retry_on_http_429: false',
    '',
  ];
}

export function prometheusConfig(s: Scenario, opts: PrometheusConfigOptions = {}): string {
  const targetsDir = opts.targetsDir ?? DEFAULT_TARGETS_DIR;
  const lines = [
    '# prometheus.yml generated by PushPull Lab',
    'global:',
    `  scrape_interval: ${promDuration(s.pull.scrapeIntervalSec)}`,
    // A timeout that rounds to 0 would read as unset and become 10s, above a short interval: keep 1ms at least.
    `  scrape_timeout: ${promDuration(Math.max(0.001, s.pull.scrapeTimeoutSec))}`,
    '',
    ...remoteWriteLines(s),
    'scrape_configs:',
  ];
  const limit = sampleLimitLines(s);
  for (const g of scrapedGroups(s)) {
    lines.push(...groupComment(g, s), `  - job_name: ${yamlString(g.name)}`, ...limit);
    lines.push(...discoveryLines(g, s.pull.discovery, targetsDir).map((l) => `    ${l}`));
  }
  if (s.pull.pushgateway) {
    const pushers = s.services.filter((g) => g.kind === 'short-lived').map((g) => g.name);
    lines.push(
      `  # Short-lived jobs${pushers.length ? ` (${pushers.join(', ')})` : ''} push to the Pushgateway on exit.`,
      '  # honor_labels keeps the pushed job and instance labels instead of renaming them exported_job/exported_instance.',
      `  - job_name: ${yamlString(pushgatewayJobName(s))}`,
      ...limit,
      '    honor_labels: true',
      '    static_configs:',
      '      - targets:',
      `          - ${yamlString(PUSHGATEWAY_ADDRESS)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
