/**
 * A plain-language verdict: the biggest difference between the two sides of a report, and why
 * it happens. Each finding scores how much it matters (0–1); the highest leads.
 */
import type { Scenario, ServiceGroup } from '../scenario/schema';
import type { Report } from '../sim/report';
import { buildFleet, crashesOf } from '../sim/fleet';
import { betterSide, compareFigure, other } from '../figures/compare';
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
  const dropsRefused = s.push.protocol === 'http' && s.push.onThrottle === 'drop';
  if (refused > 0.05 && push.requestsPerSecPeak > s.push.collectorCapacityPerSec && !dropsRefused) {
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
        s.push.protocol === 'http' && s.push.temporality === 'delta'
          ? 'A lost scrape is simply a gap until the next interval, and the next scrape still reads the cumulative counter. A lost HTTP push is retried, but these pushes carry deltas, as PutMetricData values do: a push given up takes its counts with it, and a retry of one that had in fact been stored counts them twice.'
          : s.push.protocol === 'http'
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

  out.push(...versionTwoFindings(r));

  const missedGap = pull.missedSampleRatio - push.missedSampleRatio;
  const explained = ['short-jobs', 'firewall', 'sample-limit'];
  if (compareFigure('missed', r).kind === 'better' && !out.some((f) => explained.includes(f.id))) {
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

/** Crashes of long-running instances in the run, counted as `deadUndetected` counts them. */
const crashTotals = new WeakMap<Report, number>();
function crashCount(r: Report): number {
  let n = crashTotals.get(r);
  if (n === undefined) {
    const fleet = buildFleet(r.scenario);
    n = 0;
    for (let i = 0; i < fleet.size; i++) n += crashesOf(fleet, i);
    crashTotals.set(r, n);
  }
  return n;
}

/** What scenario version 2 models: crashes nobody registered, double counts, dropped pushes, sample_limit. */
function versionTwoFindings(r: Report): Finding[] {
  const s = r.scenario;
  const { pull, push } = r;
  const out: Finding[] = [];
  const T = s.pull.scrapeIntervalSec;
  const P = s.push.pushIntervalSec;
  const http = s.push.protocol === 'http';

  const crashes = compareFigure('crashes-unnoticed', r);
  if (crashes.kind === 'better') {
    const worse = other(crashes.side);
    const missed = r[worse].deadUndetected;
    const total = crashCount(r);
    const crashing = s.services.filter((g) => g.kind === 'long-running' && g.crashesPerHour > 0);
    const replaced = crashing.every((g) => g.kind === 'long-running' && g.onCrash === 'replace');
    const restarted = crashing.every((g) => g.kind === 'long-running' && g.onCrash === 'restart');
    const delays = [...new Set(crashing.map((g) => (g.kind === 'long-running' ? g.restartDelaySec : 0)))];
    const delay = delays.map(formatSeconds).join(' or ');
    const what =
      worse === 'pull' && replaced
        ? `An up == 0 alert would have missed ${formatCount(missed)} of ${formatCount(total)} replaced pods; ${push.deadUndetected ? `push missed ${formatCount(push.deadUndetected)}` : 'push noticed every one'}.`
        : `${worse === 'pull' ? 'Pull' : 'Push'} never noticed ${formatCount(missed)} of ${formatCount(total)} crashes; ${other(worse)} missed ${formatCount(r[other(worse)].deadUndetected) || 'none'}.`;
    const why =
      worse === 'push'
        ? `Push only calls an instance dead after ${s.push.deadAfterMissedPushes} push intervals of ${formatSeconds(P)} without a word; one restarted in place (here after ${delay}) is back before that, so push never learns it was down. Pull fails the scrapes that land while it is down.`
        : replaced
          ? 'A deleted or replaced pod leaves service discovery: its series end with stale markers, and only a scrape that lands between the crash and the removal fails and writes up = 0. Alert on absence instead (absent(up{job="…"}), or a count of up below the expected replicas). Push notices the old pod’s silence, because it never pushes again.'
          : restarted
            ? `A container restarted in place is down for ${delay}; a scrape fails (up = 0) only if one of the ${formatSeconds(T)} scrapes lands in that gap, so a restart faster than the interval often slips through.`
            : 'A replaced pod leaves discovery without a failed scrape, and a container restarted in place between two scrapes is never seen down: only a scrape during the gap writes up = 0.';
    out.push({ id: 'crashes-unnoticed', score: Math.min(0.9, 0.3 + (0.6 * missed) / Math.max(1, total)), what, why });
  }

  if (http && push.countsDuplicatedRatio > 0.005) {
    out.push({
      id: 'counts-duplicated',
      score: Math.min(0.8, 0.3 + 5 * push.countsDuplicatedRatio),
      what: `Push counted ${formatPercent(push.countsDuplicatedRatio)} of all work twice; pull counted nothing twice.`,
      why: `These pushes carry deltas, as PutMetricData values do, and the backend adds up every value it stores. With ${formatPercent(s.network.lossRate)} of messages lost, some acknowledgements never arrive: the client retries a request that had in fact been stored, and its counts are added again. With cumulative values (OTLP’s default) a repeat is harmless; a scrape reads the counter itself.`,
    });
  }

  const refused = failedShare(push);
  if (
    http &&
    s.push.onThrottle === 'drop' &&
    refused > 0.01 &&
    push.requestsPerSecPeak > s.push.collectorCapacityPerSec
  ) {
    out.push({
      id: 'throttle-dropped',
      score: Math.min(1, refused * 1.5 + 0.1),
      what: `${formatPercent(refused)} of pushes failed and the refused ones were dropped, never retried: the collector peaked at ${formatCount(push.requestsPerSecPeak)} requests/s against ${formatCount(s.push.collectorCapacityPerSec)}/s, and push missed ${formatPercent(push.missedSampleRatio)} of samples.`,
      why: `Prometheus remote write treats a 429 as final unless queue_config.retry_on_http_429 is true, so a refused batch is gone; OTLP exporters and the AWS SDKs would back off and send it again.${s.push.temporality === 'delta' ? ' These values are deltas, so each dropped push takes its counts with it.' : ' The values are cumulative, so a later accepted push still carries the totals: what is lost is the data points in between.'}`,
    });
  }

  const limit = s.pull.sampleLimit;
  const over = limit > 0 ? scrapedOverLimit(s) : [];
  if (over.length) {
    out.push({
      id: 'sample-limit',
      score: 0.85,
      what: `${over.map((g) => `“${g.name}”`).join(' and ')} ${over.length > 1 ? 'expose' : 'exposes'} ${over.map((g) => formatCount(g.seriesPerService)).join(' and ')} series per target, over the sample_limit of ${formatCount(limit)}: pull stored none of ${over.length > 1 ? 'their' : 'its'} samples.`,
      why: `Prometheus’ sample_limit fails the whole scrape of a target that exposes more (up = 0, nothing stored), so one target whose labels explode cannot exhaust the server’s memory: cardinality, not request rate, is what overloads a scraper. Push held ${formatCount(push.activeSeriesPeak)} series at its peak, pull ${formatCount(pull.activeSeriesPeak)}; the model puts no series limit on the push backend.`,
    });
  }
  return out;
}

/** Groups Prometheus scrapes directly whose targets expose more series than the sample limit. */
function scrapedOverLimit(s: Scenario): ServiceGroup[] {
  return s.services.filter(
    (g) => (g.kind === 'long-running' || !s.pull.pushgateway) && g.seriesPerService > s.pull.sampleLimit,
  );
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
