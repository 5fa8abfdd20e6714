/**
 * Real artifacts for the lab's panel: the exact text a learner would meet in the real tools for the scenario.
 */
import type { Scenario, ServiceGroup } from '../scenario/schema';
import { instanceId } from '../sim/fleet';
import { cloudwatchPush } from './cloudwatch';
import { exposition } from './exposition';
import { OTLP_ENDPOINT, otlpExport } from './otlp';
import { fileSdPath, fileSdTargets, prometheusConfig, scrapedGroups } from './prometheus-config';
import { pushgatewayPush } from './pushgateway';
import { statsdPush } from './statsd';

export interface Artifact {
  id: string;
  title: string;
  description: string;
  engine: 'pull' | 'push';
  /** For syntax highlighting. */
  language: 'text' | 'yaml' | 'json' | 'shell';
  content: string;
}

export interface ArtifactOptions {
  /** Moment described, simulated seconds; default: the run's end (long-running), a typical run's end (jobs). */
  tSec?: number;
  /** Instance number within its group; default 0. */
  index?: number;
  /** The instance's clock offset; default: one standard deviation of the scenario's skew. */
  clockOffsetSec?: number;
}

const firstOfKind = (s: Scenario, kind: ServiceGroup['kind']): ServiceGroup | undefined =>
  s.services.find((g) => g.kind === kind);

export function buildArtifacts(s: Scenario, opts: ArtifactOptions = {}): Artifact[] {
  const server = firstOfKind(s, 'long-running') ?? s.services[0];
  const job = firstOfKind(s, 'short-lived');
  const on = (group: ServiceGroup) => ({ ...opts, group: group.name });
  const artifacts: Artifact[] = [
    {
      id: 'exposition',
      title: `GET /metrics on ${instanceId(server.name, opts.index ?? 0)}`,
      description:
        'What Prometheus reads at each scrape: text exposition format 0.0.4, stamped by the scraper, not the target.',
      engine: 'pull',
      language: 'text',
      content: exposition(s, on(server)),
    },
    {
      id: 'prometheus-config',
      title: 'prometheus.yml',
      description: `Where Prometheus finds its targets (${s.pull.discovery} discovery) and how often it scrapes them.`,
      engine: 'pull',
      language: 'yaml',
      content: prometheusConfig(s),
    },
  ];
  if (s.pull.discovery === 'file') {
    for (const g of scrapedGroups(s)) {
      artifacts.push({
        id: `file-sd-${g.name}`,
        title: fileSdPath(g),
        description: 'The target file as it stands at t = 0; whatever starts and stops instances rewrites it.',
        engine: 'pull',
        language: 'json',
        content: fileSdTargets(g),
      });
    }
  }
  if (s.pull.pushgateway && job) {
    const push = pushgatewayPush(s, on(job));
    artifacts.push({
      id: 'pushgateway',
      title: `Pushgateway push from ${job.name}`,
      description: `A finishing job's last values, replacing its group ${push.url.slice(push.url.indexOf('/metrics'))}; the gateway keeps them until deleted.`,
      engine: 'pull',
      language: 'shell',
      content: push.curl + push.deleteCurl,
    });
  }
  if (s.push.protocol === 'statsd') {
    artifacts.push({
      id: 'statsd',
      title: `StatsD datagrams from ${instanceId(server.name, opts.index ?? 0)}`,
      description: `One push interval as UDP datagrams to port 8125: increments since the last push, never acknowledged.`,
      engine: 'push',
      language: 'shell',
      content: statsdPush(s, on(server)).script,
    });
  } else {
    const otlp = otlpExport(s, on(server));
    artifacts.push(
      {
        id: 'cloudwatch',
        title: 'CloudWatch PutMetricData',
        description: 'One push interval with the AWS CLI: counts are increments, which CloudWatch sums per period.',
        engine: 'push',
        language: 'shell',
        content: cloudwatchPush(s, on(server)).cli,
      },
      {
        id: 'otlp',
        title: `OTLP/HTTP POST ${OTLP_ENDPOINT}`,
        description:
          (s.push.temporality === 'delta'
            ? "An OpenTelemetry export with delta temporality: the increase over the last push interval, stamped by the sender's clock."
            : "An OpenTelemetry export: cumulative totals since the process started, stamped by the sender's clock.") +
          (otlp.shardPointsOmitted > 0 ? ` ${otlp.shardPointsOmitted} more shard data points are left out here.` : ''),
        engine: 'push',
        language: 'json',
        content: otlp.body,
      },
    );
  }
  return artifacts;
}
