/**
 * Named real-world situations, each a scenario input (defaults fill the rest). The lab offers them,
 * lessons start from them, study cards link to them by id.
 */
import type { ScenarioInput } from './schema';

export interface Preset {
  id: string;
  name: string;
  /** One line: the situation and what to look for. */
  summary: string;
  scenario: ScenarioInput;
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'kubernetes',
    name: 'Kubernetes microservices',
    summary:
      'Long-running pods whose containers occasionally crash and restart in place: the home ground of pull with discovery.',
    scenario: {
      durationSec: 1800,
      services: [
        {
          name: 'api',
          kind: 'long-running',
          count: 30,
          crashesPerHour: 0.5,
          restartDelaySec: 20,
          seriesPerService: 200,
        },
        {
          name: 'worker',
          kind: 'long-running',
          count: 10,
          crashesPerHour: 1,
          restartDelaySec: 30,
          seriesPerService: 80,
        },
      ],
      pull: { scrapeIntervalSec: 15, discovery: 'kubernetes' },
      push: { protocol: 'http', pushIntervalSec: 15 },
    },
  },
  {
    id: 'nightly-batch',
    name: 'Nightly batch jobs',
    summary: 'A few jobs that run for minutes: scraping sees most of each run, but only a push reports how it ended.',
    scenario: {
      durationSec: 3600,
      resolutionSec: 60,
      services: [
        {
          name: 'etl',
          kind: 'short-lived',
          startsPerMin: 0.2,
          lifetimeSec: { dist: 'lognormal', median: 240, sigma: 0.6 },
          seriesPerService: 20,
        },
      ],
      pull: { scrapeIntervalSec: 60 },
      push: { pushIntervalSec: 60 },
    },
  },
  {
    id: 'ci-serverless',
    name: 'CI runners and serverless functions',
    summary: 'Hundreds of runs lasting a few seconds: most end before a scrape can find them.',
    scenario: {
      durationSec: 1200,
      services: [
        {
          name: 'fn',
          kind: 'short-lived',
          startsPerMin: 30,
          lifetimeSec: { dist: 'exponential', mean: 6 },
          seriesPerService: 10,
        },
      ],
      pull: { scrapeIntervalSec: 15 },
      push: { pushIntervalSec: 10, flushOnExit: true },
    },
  },
  {
    id: 'iot-nat',
    name: 'IoT devices behind NAT',
    summary: 'Devices that can call out but cannot be called: scrapes never arrive, pushes do.',
    scenario: {
      resolutionSec: 30,
      services: [
        { name: 'sensor', kind: 'long-running', count: 150, seriesPerService: 12, firewalled: true },
        { name: 'gateway', kind: 'long-running', count: 4, seriesPerService: 60 },
      ],
      network: { lossRate: 0.02, clockSkewSec: 2 },
      pull: { scrapeIntervalSec: 30, discovery: 'file' },
      push: { pushIntervalSec: 30 },
    },
  },
  {
    id: 'thundering-herd',
    name: 'Traffic spike with aligned pushes',
    summary: 'Two thousand instances push on the same wall-clock second and overrun the collector.',
    scenario: {
      durationSec: 600,
      resolutionSec: 30,
      services: [{ name: 'edge', kind: 'long-running', count: 2000, seriesPerService: 40 }],
      pull: { scrapeIntervalSec: 15 },
      push: { pushIntervalSec: 10, alignment: 'aligned', collectorCapacityPerSec: 500 },
    },
  },
  {
    id: 'flaky-network',
    name: 'Flaky network',
    summary: 'One message in ten is lost: acknowledged pushes retry, scrapes and UDP datagrams just miss.',
    scenario: {
      network: { lossRate: 0.1 },
      push: { protocol: 'http' },
    },
  },
  {
    id: 'drifting-clocks',
    name: 'Drifting clocks',
    summary: 'Client clocks off by half a minute: pushed samples carry the wrong time, scraped ones do not.',
    scenario: {
      services: [{ name: 'vm', kind: 'long-running', count: 40, seriesPerService: 50 }],
      network: { clockSkewSec: 30 },
      push: { clientTimestamps: true },
    },
  },
  {
    id: 'pushgateway-right',
    name: 'Pushgateway done right',
    summary: 'One service-level batch job at a time, one grouping key: the gateway holds its last result.',
    scenario: {
      durationSec: 3600,
      resolutionSec: 30,
      services: [
        { name: 'web', kind: 'long-running', count: 10 },
        {
          name: 'backup',
          kind: 'short-lived',
          startsPerMin: 0.1,
          lifetimeSec: { dist: 'uniform', min: 30, max: 90 },
          seriesPerService: 8,
        },
      ],
      pull: { pushgateway: true, pushgatewayGrouping: 'job' },
    },
  },
  {
    id: 'pushgateway-wrong',
    name: 'Pushgateway done wrong',
    summary:
      'Many short jobs each push under their own instance key: series pile up on the gateway until someone deletes them.',
    scenario: {
      durationSec: 1800,
      services: [
        { name: 'web', kind: 'long-running', count: 10 },
        {
          name: 'task',
          kind: 'short-lived',
          startsPerMin: 20,
          lifetimeSec: { dist: 'exponential', mean: 8 },
          seriesPerService: 15,
        },
      ],
      pull: { pushgateway: true, pushgatewayGrouping: 'instance' },
    },
  },
  {
    id: 'rolling-deploy',
    name: 'Rolling deploy: pods replaced',
    summary:
      'Pods are deleted and replaced by new ones, as a rolling deploy or an eviction does: the old target leaves discovery without a failed scrape, so an up == 0 alert stays silent.',
    scenario: {
      durationSec: 1800,
      resolutionSec: 15,
      services: [
        {
          name: 'api',
          kind: 'long-running',
          count: 20,
          crashesPerHour: 2,
          restartDelaySec: 10,
          onCrash: 'replace',
          seriesPerService: 100,
        },
      ],
      pull: { scrapeIntervalSec: 15, discovery: 'kubernetes' },
      push: { protocol: 'http', pushIntervalSec: 15 },
    },
  },
  {
    id: 'remote-write-throttled',
    name: 'Remote write into a throttling backend',
    summary:
      'Senders push in bursts the backend throttles, and drop every refused batch as remote write does by default: each 429 is a data point gone, where a retry seconds later would have got in.',
    scenario: {
      durationSec: 900,
      resolutionSec: 15,
      services: [{ name: 'node', kind: 'long-running', count: 300, seriesPerService: 100 }],
      pull: { scrapeIntervalSec: 15 },
      push: {
        protocol: 'http',
        pushIntervalSec: 15,
        alignment: 'aligned',
        collectorCapacityPerSec: 200,
        onThrottle: 'drop',
      },
    },
  },
  {
    id: 'cloudwatch-delta',
    name: 'CloudWatch delta pushes on a lossy link',
    summary:
      'PutMetricData values are deltas, and one message in twenty is lost: a retried push whose reply was lost counts twice, one given up is gone.',
    scenario: {
      durationSec: 1800,
      resolutionSec: 60,
      services: [{ name: 'app', kind: 'long-running', count: 40, seriesPerService: 30 }],
      network: { lossRate: 0.05 },
      pull: { scrapeIntervalSec: 60 },
      push: { protocol: 'http', pushIntervalSec: 60, temporality: 'delta' },
    },
  },
  {
    id: 'label-explosion',
    name: 'A target’s labels explode',
    summary:
      'One service puts a user id in a label and exposes 20,000 series per pod; sample_limit fails its whole scrape, so pull stores none of it.',
    scenario: {
      durationSec: 900,
      resolutionSec: 15,
      services: [
        { name: 'api', kind: 'long-running', count: 20, seriesPerService: 200 },
        { name: 'checkout', kind: 'long-running', count: 2, seriesPerService: 20000 },
      ],
      pull: { scrapeIntervalSec: 15, sampleLimit: 10000 },
      push: { protocol: 'http', pushIntervalSec: 15 },
    },
  },
];

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
