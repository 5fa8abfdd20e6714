import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioOrThrow } from '../scenario/parse';
import type { ScenarioInput } from '../scenario/schema';
import { fileSdPath, fileSdTargets, prometheusConfig, pushgatewayJobName, scrapedGroups } from './prometheus-config';
import { promtool } from './promtool.test-helper';

const fleet = [
  { name: 'web', kind: 'long-running', count: 3 },
  { name: 'api-v2', kind: 'long-running', count: 0 },
  { name: 'batch', kind: 'short-lived' },
] as const;

type Pull = NonNullable<ScenarioInput['pull']>;
type Push = NonNullable<ScenarioInput['push']>;

const scenario = (pull: Pull, push: Push = {}) =>
  scenarioOrThrow({ services: fleet as unknown as ScenarioInput['services'], pull, push });

/** Debian builds Prometheus without Kubernetes discovery (NEWS.Debian, 1.5.0+ds-1), so its promtool rejects the key. */
const DEBIAN_NO_K8S = 'field kubernetes_sd_configs not found in type config.ScrapeConfig';
const K8S_BLOCK = '    kubernetes_sd_configs:\n      - role: pod\n';

/** Writes the config (and the file_sd files it names) to a temp dir and runs `promtool check config` on it. */
function checkConfig(pull: Pull, push: Push = {}): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pushpull-promcfg-'));
  try {
    return checkConfigIn(dir, pull, push);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function checkConfigIn(dir: string, pull: Pull, push: Push): { status: number | null; output: string } {
  const s = scenario(pull, push);
  const text = prometheusConfig(s, { targetsDir: dir });
  for (const g of scrapedGroups(s)) writeFileSync(fileSdPath(g, dir), fileSdTargets(g));
  const file = join(dir, 'prometheus.yml');
  writeFileSync(file, text);
  const first = promtool(['check', 'config', file]);
  if (s.pull.discovery !== 'kubernetes' || !first.output.includes(DEBIAN_NO_K8S)) return first;
  // Everything but the discovery block is still checked: the same jobs and relabel rules with static targets.
  expect(text).toContain(K8S_BLOCK);
  writeFileSync(
    file,
    text.replaceAll(K8S_BLOCK, '    static_configs:\n      - targets: [pod.example.internal:8080]\n'),
  );
  return promtool(['check', 'config', file]);
}

describe('prometheusConfig', () => {
  it('writes global durations the way Prometheus spells them', () => {
    const text = prometheusConfig(scenario({ scrapeIntervalSec: 90, scrapeTimeoutSec: 1.5 }));
    expect(text).toContain('global:\n  scrape_interval: 1m30s\n  scrape_timeout: 1s500ms\n');
    // Unset, the timeout is min(10 s, interval), as Prometheus fills it.
    expect(prometheusConfig(scenario({ scrapeIntervalSec: 5 }))).toContain(
      '  scrape_interval: 5s\n  scrape_timeout: 5s\n',
    );
    // 0.4 ms rounds to 0, which Prometheus would read as "unset" (10s): 1ms is kept instead.
    expect(prometheusConfig(scenario({ scrapeIntervalSec: 0.1, scrapeTimeoutSec: 0.0004 }))).toContain(
      '  scrape_timeout: 1ms\n',
    );
  });

  it('static: one target per long-running instance alive at t = 0, none for jobs', () => {
    const text = prometheusConfig(scenario({ discovery: 'static' }));
    expect(text).toContain(
      '  - job_name: web\n    static_configs:\n      - targets:\n' +
        '          - web-0.example.internal:8080\n          - web-1.example.internal:8080\n          - web-2.example.internal:8080\n',
    );
    expect(text).toContain('  - job_name: api-v2\n    static_configs:\n      - targets: []\n');
    expect(text).toContain('  - job_name: batch\n    static_configs:\n      - targets: []\n');
  });

  it('dns: A records of the service name with the metrics port, polled every 30s', () => {
    expect(prometheusConfig(scenario({ discovery: 'dns' }))).toContain(
      '  - job_name: web\n    dns_sd_configs:\n      - names:\n          - web.example.internal\n' +
        '        type: A\n        port: 8080\n        refresh_interval: 30s\n',
    );
  });

  it('file: one target file per group, re-read every 5m as a fallback to the file watch', () => {
    const s = scenario({ discovery: 'file' });
    expect(prometheusConfig(s, { targetsDir: '/srv/sd/' })).toContain(
      '  - job_name: web\n    file_sd_configs:\n      - files:\n          - /srv/sd/web.json\n        refresh_interval: 5m\n',
    );
    expect(JSON.parse(fileSdTargets(s.services[0]))).toEqual([
      {
        targets: ['web-0.example.internal:8080', 'web-1.example.internal:8080', 'web-2.example.internal:8080'],
        labels: { service: 'web' },
      },
    ]);
    expect(fileSdTargets(s.services[2])).toBe('[]\n');
  });

  it('kubernetes: pods of the role, kept by app label and scrape annotation, running only', () => {
    const text = prometheusConfig(scenario({ discovery: 'kubernetes' }));
    expect(text).toContain(`  - job_name: web\n${K8S_BLOCK}    relabel_configs:\n`);
    expect(text).toContain(
      '      - source_labels: [__meta_kubernetes_pod_label_app]\n        regex: web\n        action: keep\n',
    );
    expect(text).toContain(
      "        regex: '([^:]+)(?::\\d+)?;(\\d+)'\n        target_label: __address__\n        replacement: '$1:$2'\n",
    );
  });

  it('pushgateway on: jobs are no longer scraped, the gateway is, with honor_labels', () => {
    const on = prometheusConfig(scenario({ pushgateway: true }));
    expect(on).not.toContain('job_name: batch');
    expect(on).toContain(
      '  - job_name: pushgateway\n    honor_labels: true\n    static_configs:\n      - targets:\n          - pushgateway:9091\n',
    );
    const off = prometheusConfig(scenario({ pushgateway: false }));
    expect(off).toContain('  - job_name: batch\n');
    expect(off).not.toContain('pushgateway');
  });

  it('gives the gateway another job name when a group is called pushgateway', () => {
    const s = scenarioOrThrow({
      services: [{ name: 'pushgateway', kind: 'short-lived' }],
      pull: { pushgateway: true },
    });
    expect(pushgatewayJobName(s)).toBe('pushgateway-2');
  });

  it('gives every scrape job, the gateway included, the sample limit when one is set, and none otherwise', () => {
    expect(prometheusConfig(scenario({ pushgateway: true }))).not.toContain('sample_limit');
    const text = prometheusConfig(scenario({ pushgateway: true, sampleLimit: 5000 }));
    // web and api-v2 are scraped; batch pushes to the gateway, which is scraped too.
    expect(text.match(/^ {4}sample_limit: 5000$/gm)).toHaveLength(3);
    expect(text).toMatch(/- job_name: "?pushgateway"?\n {4}sample_limit: 5000\n/);
  });

  it('states remote write’s retry_on_http_429: false when the push side drops throttled pushes, and only then', () => {
    const drop = prometheusConfig(scenario({}, { protocol: 'http', onThrottle: 'drop' }));
    expect(drop).toMatch(/^remote_write:\n {2}- url: .+\n {4}queue_config:\n {6}retry_on_http_429: false$/m);
    expect(prometheusConfig(scenario({}, { protocol: 'http', onThrottle: 'retry' }))).not.toContain('remote_write');
    // StatsD has no acknowledgement, so no 429 to react to.
    expect(prometheusConfig(scenario({}, { protocol: 'statsd', onThrottle: 'drop' }))).not.toContain('remote_write');
  });

  it('promtool accepts the sample limit and the remote write block', () => {
    for (const pushgateway of [false, true]) {
      const r = checkConfig(
        { discovery: 'file', pushgateway, sampleLimit: 10_000 },
        { protocol: 'http', onThrottle: 'drop' },
      );
      expect(r.status, r.output).toBe(0);
      expect(r.output).not.toContain('WARNING');
    }
  });

  describe('promtool check config accepts it', () => {
    const intervals = [
      { scrapeIntervalSec: 15 },
      { scrapeIntervalSec: 0.5, scrapeTimeoutSec: 0.25 },
      { scrapeIntervalSec: 90, scrapeTimeoutSec: 1.5 },
      { scrapeIntervalSec: 0.1, scrapeTimeoutSec: 0.0004 },
      { scrapeIntervalSec: 3600, scrapeTimeoutSec: 3600 },
    ];
    for (const discovery of ['kubernetes', 'file', 'dns', 'static'] as const) {
      for (const pushgateway of [false, true]) {
        it.each(intervals)(`${discovery}, pushgateway ${pushgateway ? 'on' : 'off'}, %j`, (timing) => {
          const r = checkConfig({ discovery, pushgateway, ...timing });
          expect(r.status, r.output).toBe(0);
          expect(r.output).toContain('SUCCESS');
          expect(r.output).not.toContain('WARNING');
        });
      }
    }
  });
});
