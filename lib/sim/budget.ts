/**
 * The event budget: a scenario is refused up front when its estimated work is beyond what a browser
 * tab should be asked to do (a few seconds), instead of hanging the lab.
 */
import type { FieldIssue } from '../scenario/parse';
import type { Scenario } from '../scenario/schema';
import { statsdDatagrams } from '../engines/wire';
import { meanLifetimeSec } from './fleet';

/** 10,000 instances for an hour (≈ 6 M events with defaults) fit with room to spare. */
export const EVENT_LIMIT = 50_000_000;

export interface EventEstimate {
  instances: number;
  pull: number;
  push: number;
}

/**
 * Expected events of a run, by stage: instances generated, scrapes, pushes (StatsD: datagrams, since
 * each is handled on its own). Retries (refusals, lost pushes and lost acknowledgements) are not
 * estimated; backoff keeps them below the pushes they follow.
 */
export function estimateByStage(s: Scenario): EventEstimate {
  const T = s.pull.scrapeIntervalSec;
  const P = s.push.pushIntervalSec;
  let instances = 0;
  let pull = s.pull.pushgateway ? s.durationSec / T : 0;
  let push = 0;
  for (const g of s.services) {
    const perPush = s.push.protocol === 'statsd' ? statsdDatagrams(g.seriesPerService) : 1;
    if (g.kind === 'long-running') {
      const crashesPerSec = g.crashesPerHour / 3600;
      const crashes = crashesPerSec > 0 ? (s.durationSec * crashesPerSec) / (1 + crashesPerSec * g.restartDelaySec) : 0;
      // Each crash: a new instance and a target removal (replace), or a crash and a restart wake-up (restart).
      instances += g.count * (g.onCrash === 'replace' ? 1 + crashes : 1);
      pull += (g.count * s.durationSec) / T + (g.onCrash === 'replace' ? g.count * crashes : 0);
      push += ((g.count * s.durationSec) / P) * perPush + (g.onCrash === 'restart' ? 2 * g.count * crashes : 0);
    } else {
      const jobs = (g.startsPerMin / 60) * s.durationSec;
      const life = Math.min(meanLifetimeSec(g.lifetimeSec), s.durationSec);
      instances += jobs;
      pull += s.pull.pushgateway ? jobs : jobs * (life / T + 1);
      push += jobs * (life / P + 2) * perPush;
    }
  }
  return { instances, pull, push };
}

export function estimateEvents(s: Scenario): number {
  const e = estimateByStage(s);
  return Math.ceil(e.instances + e.pull + e.push);
}

/** The budget check, shaped like a validation issue so the CLI and the lab show it the same way. */
export function checkBudget(s: Scenario): FieldIssue | null {
  const estimate = estimateEvents(s);
  if (estimate <= EVENT_LIMIT) return null;
  return {
    path: '',
    message:
      `this scenario needs about ${estimate.toLocaleString('en-US')} events, over the limit of ` +
      `${EVENT_LIMIT.toLocaleString('en-US')}: shorten durationSec, or use fewer instances or longer intervals`,
  };
}
