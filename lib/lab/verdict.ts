/**
 * A plain-language verdict: the biggest difference between the two sides of a report, and why
 * it happens. Each finding scores how much it matters (0–1); the highest leads.
 */
import type { Scenario } from '../scenario/schema';
import type { Report } from '../sim/report';
import { betterSide, compareFigure } from '../figures/compare';
import { failedShare, neverSeenShare } from '../figures/registry';
import { formatCount, formatPercent, formatSeconds } from './format';

export interface Finding {
  id: string;
  score: number;
  /** What happened, with the numbers. */
  what: string;
  /** Why the model behaves so, in terms of the real systems. */
  why: string;
}

export interface Verdict {
  headline: Finding | null;
  more: Finding[];
  /** Caveats about how the figures were counted. */
  caveats: string[];
}

function findings(r: Report): Finding[] {
  const s = r.scenario;
  const { pull, push } = r;
  const out: Finding[] = [];
  const T = s.pull.scrapeIntervalSec;
  const P = s.push.pushIntervalSec;
  const firewalled = s.services.filter((g) => g.firewalled);
  const shortLived = s.services.filter((g) => g.kind === 'short-lived' && !g.firewalled);

  const pullNever = neverSeenShare(pull);
  const pushNever = neverSeenShare(push);
  if (betterSide('never-seen', r) === 'push') {
    const what = `Pull never saw ${formatCount(pull.servicesNeverSeen)} of ${formatCount(pull.servicesTotal)} instances; push missed ${formatCount(push.servicesNeverSeen)}.`;
    if (firewalled.length) {
      out.push({
        id: 'firewall',
        score: pullNever - pushNever,
        what,
        why: `${firewalled.map((g) => `“${g.name}”`).join(' and ')} cannot accept inbound connections, so every scrape of them fails (behind a real NAT they would usually not even be discovered, leaving no target and no up at all); pushing needs only an outbound connection.`,
      });
    } else if (s.pull.discovery === 'static') {
      out.push({
        id: 'static-discovery',
        score: pullNever - pushNever,
        what,
        why: 'A static target list only names the instances that existed when it was written; everything started later is never scraped.',
      });
    } else if (shortLived.length && !s.pull.pushgateway) {
      out.push({
        id: 'short-jobs',
        score: pullNever - pushNever,
        what,
        why: `A job that ends before its first scrape leaves no trace: with a ${formatSeconds(T)} interval a job of d seconds is seen with probability at most d/${T}, and discovery delays make it worse. Push sends from inside the job${s.push.flushOnExit ? ', including one last push as it exits' : ''}.`,
      });
    }
  }

  const refused = failedShare(push);
  if (refused > 0.05 && push.requestsPerSecPeak > s.push.collectorCapacityPerSec) {
    out.push({
      id: 'overload',
      score: Math.min(1, refused * 1.5),
      what: `${formatPercent(refused)} of push requests failed; the collector peaked at ${formatCount(push.requestsPerSecPeak)} requests/s against a capacity of ${formatCount(s.push.collectorCapacityPerSec)}/s.`,
      why:
        s.push.alignment === 'aligned'
          ? 'Aligned pushes all fire on the same wall-clock second, so the collector sees a spike every interval and refuses the excess; retries then pile onto the next spike. Prometheus paces its own scrapes, spreading targets over the interval.'
          : 'More pushes arrive per second than the collector accepts; the excess is refused and retried. A scraper decides its own pace instead.',
    });
  }

  if (s.network.lossRate > 0) {
    const pullFailed = failedShare(pull);
    out.push({
      id: 'loss',
      score: Math.min(0.6, Math.abs(pull.missedSampleRatio - push.missedSampleRatio) + s.network.lossRate),
      what: `With ${formatPercent(s.network.lossRate)} of messages lost, ${formatPercent(pullFailed)} of scrapes failed; pull missed ${formatPercent(pull.missedSampleRatio)} of samples and push ${formatPercent(push.missedSampleRatio)}.`,
      why:
        s.push.protocol === 'http'
          ? 'A lost scrape is simply a gap until the next interval. A lost HTTP push is retried with backoff, and since these pushes carry cumulative counters (as OTLP does by default), the next delivery carries every count the lost one had. Delta pushes, such as CloudWatch PutMetricData values, would lose them.'
          : 'A lost scrape is a gap until the next interval, but the next scrape still reads the cumulative counter. A lost StatsD datagram carries increments that nobody will ever send again.',
    });
  }

  // Only when the registry finds the sides comparable: a side that never reached some instances
  // "notices" their crashes at once, because every scrape of them fails anyway.
  const pullDead = pull.deadDetectionSecMean;
  const pushDead = push.deadDetectionSecMean;
  if (pullDead !== null && pushDead !== null && compareFigure('dead-detection', r).kind !== 'not-comparable') {
    const gap = pushDead - pullDead;
    out.push({
      id: 'dead-detection',
      score: Math.min(0.7, Math.abs(gap) / Math.max(60, pushDead, pullDead)),
      what: `Crashes were noticed after ${formatSeconds(pullDead)} by pull and ${formatSeconds(pushDead)} by push, on average.`,
      why: `A crashed instance that is still a target fails its next scrape, which sets up = 0 within one ${formatSeconds(T)} interval (a hung host takes up to the scrape timeout longer). Silence only means death once ${s.push.deadAfterMissedPushes} push intervals of ${formatSeconds(P)} have passed: a quiet service and a dead one look the same until then.`,
    });
  }

  if (push.timestampErrorSecMean > 1 && push.timestampErrorSecMean > 2 * pull.timestampErrorSecMean) {
    out.push({
      id: 'clock-skew',
      score: Math.min(0.8, push.timestampErrorSecMean / Math.max(T, P)),
      what: `Pushed data points are stamped ${formatSeconds(push.timestampErrorSecMean)} away from the truth on average; scraped ones ${formatSeconds(pull.timestampErrorSecMean)}.`,
      why:
        s.push.protocol === 'statsd'
          ? 'The StatsD daemon stamps its 10 s flush, not the moment a datagram was sent.'
          : s.push.clientTimestamps
            ? 'Each pushed sample carries the client’s own clock, and those clocks drift. Prometheus stamps a scrape with its own clock when the scrape starts.'
            : 'The collector stamps the receive time, which lags the measurement by the time spent in retries.',
    });
  }

  if (pull.staleSeries > 0) {
    out.push({
      id: 'gateway-ghosts',
      score: Math.min(0.9, 0.3 + pull.staleSeries / 1000),
      what: `The Pushgateway still exposes ${formatCount(pull.staleSeries)} series from jobs that have ended, and Prometheus keeps scraping them as if they were fresh.`,
      why:
        s.pull.pushgatewayGrouping === 'instance'
          ? 'Each run pushed under its own grouping key, and the Pushgateway never forgets a group (it has no TTL by design): they stay until someone deletes them through its API.'
          : 'The gateway keeps the last push of each group forever, stamped by Prometheus with the scrape time, so an old result looks current.',
    });
  }

  if (pull.timestampErrorSecMean > 1 && s.pull.pushgateway) {
    out.push({
      id: 'gateway-timestamps',
      score: Math.min(0.5, pull.timestampErrorSecMean / 600),
      what: `Data points from the Pushgateway are stamped ${formatSeconds(pull.timestampErrorSecMean)} after the moment they describe, on average.`,
      why: 'Prometheus stamps gateway samples with the scrape time, not the push time (the gateway rejects pushed timestamps), so a result keeps looking current long after its job ended.',
    });
  }

  const missedGap = pull.missedSampleRatio - push.missedSampleRatio;
  if (compareFigure('missed', r).kind === 'better' && !out.some((f) => f.id === 'short-jobs' || f.id === 'firewall')) {
    const worse = missedGap > 0 ? 'Pull' : 'Push';
    out.push({
      id: 'coverage',
      score: Math.min(0.8, Math.abs(missedGap)),
      what: `${worse} missed more samples: ${formatPercent(pull.missedSampleRatio)} for pull against ${formatPercent(push.missedSampleRatio)} for push.`,
      why:
        missedGap > 0
          ? `Each target gets one data point per ${formatSeconds(T)} scrape interval, and only once discovery has made it a target.`
          : `Each instance sends one data point per ${formatSeconds(P)} push interval, and only while its pushes get through.`,
    });
  }

  if (push.configPlaces > 10 * pull.configPlaces) {
    out.push({
      id: 'config',
      score: 0.15,
      what: `Push needs a destination configured in ${formatCount(push.configPlaces)} places; pull keeps its targets in ${formatCount(pull.configPlaces)}.`,
      why: 'With pull, service discovery tells one server where everything is. With push, every client must be told where to send; a node-local agent cuts that to one place per node.',
    });
  }
  return out;
}

function caveats(s: Scenario): string[] {
  const widest = Math.max(s.pull.scrapeIntervalSec, s.push.pushIntervalSec);
  if (s.resolutionSec >= widest) return [];
  return [
    `The chart bucket (${formatSeconds(s.resolutionSec)}) is narrower than the ${formatSeconds(widest)} interval, so some buckets cannot hold a data point even when nothing goes wrong. Set the bucket to at least the longer interval for a fair count.`,
  ];
}

export function verdict(report: Report): Verdict {
  const all = findings(report).sort((a, b) => b.score - a.score);
  return { headline: all[0] ?? null, more: all.slice(1, 3), caveats: caveats(report.scenario) };
}
