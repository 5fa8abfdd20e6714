/**
 * The validation set: each scenario is run by a real Prometheus and Pushgateway and by the
 * simulator. Sized so that every run takes 2 to 5 minutes of wall time and yields tens to hundreds
 * of samples; `ci` marks the short subset CI runs on every change.
 */
import type { ValidationScenario } from './plan';

/**
 * The harness's discovery: it rewrites the targets file on this machine, and Prometheus's file_sd
 * sees the change through inotify within milliseconds (so no delay), then its discovery manager
 * hands target updates on at most every 5 s (its fixed update tick, `updatert`).
 */
const fileDiscovery = { discovery: 'file', discoveryDelaySec: 0, discoveryTickSec: 5 };

const jobs = (name: string, lifetimeSec: number, startsPerMin: number) => ({
  name,
  kind: 'short-lived',
  startsPerMin,
  lifetimeSec: { dist: 'fixed', value: lifetimeSec },
  seriesPerService: 3,
});

// 80 instances for 5 minutes: about 350 settled crashes, so one run's share is known to ±5 points.
const crashing = (onCrash: 'restart' | 'replace') => ({
  name: 'web',
  kind: 'long-running',
  count: 80,
  crashesPerHour: 60,
  restartDelaySec: 6,
  seriesPerService: 3,
  onCrash,
});

export interface ValidationEntry extends ValidationScenario {
  ci: boolean;
}

export const VALIDATION_SCENARIOS: ValidationEntry[] = [
  {
    name: 'jobs-5s-every-15s',
    title: '5 s jobs, scraped every 15 s',
    ci: true,
    scenario: {
      seed: 1,
      durationSec: 150,
      services: [jobs('batch', 5, 120)],
      pull: { scrapeIntervalSec: 15, scrapeTimeoutSec: 10, ...fileDiscovery },
    },
  },
  {
    name: 'jobs-12s-every-20s',
    title: '12 s jobs, scraped every 20 s',
    ci: true,
    scenario: {
      seed: 2,
      durationSec: 150,
      services: [jobs('batch', 12, 100)],
      pull: { scrapeIntervalSec: 20, scrapeTimeoutSec: 10, ...fileDiscovery },
    },
  },
  {
    name: 'jobs-30s-every-15s',
    title: '30 s jobs, scraped every 15 s',
    ci: false,
    scenario: {
      seed: 3,
      durationSec: 150,
      services: [jobs('batch', 30, 80)],
      pull: { scrapeIntervalSec: 15, scrapeTimeoutSec: 10, ...fileDiscovery },
    },
  },
  {
    name: 'gateway-per-run',
    title: 'Pushgateway, one group per run',
    ci: false,
    scenario: {
      seed: 4,
      durationSec: 120,
      services: [jobs('batch', 5, 60)],
      pull: {
        scrapeIntervalSec: 15,
        scrapeTimeoutSec: 10,
        ...fileDiscovery,
        pushgateway: true,
        pushgatewayGrouping: 'instance',
      },
    },
  },
  {
    name: 'gateway-per-job',
    title: 'Pushgateway, one group per job (last write wins)',
    ci: false,
    scenario: {
      seed: 5,
      durationSec: 180,
      services: [jobs('batch', 5, 15)],
      pull: {
        scrapeIntervalSec: 15,
        scrapeTimeoutSec: 10,
        ...fileDiscovery,
        pushgateway: true,
        pushgatewayGrouping: 'job',
      },
    },
  },
  {
    name: 'crash-restart',
    title: 'Crashes restarted in place after 6 s',
    ci: false,
    scenario: {
      seed: 6,
      durationSec: 300,
      services: [crashing('restart')],
      pull: { scrapeIntervalSec: 15, scrapeTimeoutSec: 10, ...fileDiscovery },
    },
  },
  {
    name: 'crash-replace',
    title: 'Crashes replaced by a new target after 6 s',
    ci: false,
    scenario: {
      seed: 7,
      durationSec: 300,
      services: [crashing('replace')],
      pull: { scrapeIntervalSec: 15, scrapeTimeoutSec: 10, ...fileDiscovery },
    },
  },
];
