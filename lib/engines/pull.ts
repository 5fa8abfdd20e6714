/**
 * The pull engine: Prometheus discovering targets and scraping each one on its own fixed phase.
 *
 * - Target lifetime: from when discovery applies the instance's start until it applies its end
 *   (a crashed long-running instance: until its replacement starts). Scrapes in between fail.
 *   `static` names only the instances alive at t = 0, for the whole run.
 * - Scrape times k·T + u·T, with u ∈ [0, 1) a hash of the instance's identity (Prometheus hashes
 *   the target's labels); T·u scales with T so a slider moves phases smoothly. Timeout ≤ T, so
 *   scrapes of one target never overlap.
 * - A scrape fails if the instance is firewalled, not alive, the message is lost, or rendering its
 *   series takes longer than the timeout (see wire.ts). A success is one data point stamped with the
 *   scrape's start (server clock, so no skew error) and reveals the counter's value at that moment.
 * - Dead detection: the first failed scrape after a crash (up = 0).
 * - Pushgateway on: short-lived jobs are not scraped; they push their final values at exit.
 */
import type { Scenario } from '../scenario/schema';
import { expectedInstances, meanLifetimeSec } from '../sim/fleet';
import { hashString, hashUniform } from '../sim/rng';
import type { OutcomeExtras } from '../sim/observe';
import { appliedAtSec } from './discovery';
import { EventEngine, type EngineContext } from './engine';
import { Pushgateway } from './pushgateway';
import { EXPOSITION_BYTES_PER_SERIES, scrapeDurationSec } from './wire';

/** Event kinds, in the order they run at one same moment: a job's final push lands before a scrape. */
const Kind = { GatewayPush: 0, Scrape: 1, GatewayScrape: 2 } as const;

/** Draw index for a job's push to the gateway: clear of the scrape indices k. */
const GATEWAY_PUSH_DRAW = 0xffffffff;
const GATEWAY_IDENTITY = hashString('pushgateway');

export class PullEngine extends EventEngine {
  private readonly intervalSec: number;
  private readonly lossRate: number;
  private readonly offsetSec: Float64Array;
  private readonly tick: Float64Array;
  private readonly removedAtSec: Float64Array;
  private readonly downNoted: Uint8Array;
  /** Per service group: true when its scrapes always fail (firewalled or too slow). */
  private readonly unreachable: boolean[];
  private readonly seriesBytes: number[];
  private readonly gateway: Pushgateway | null;
  private readonly gatewayKey: number;
  private readonly gatewayOffsetSec: number;
  private gatewayTick = 0;
  private readonly configPlaces: number;

  constructor(ctx: EngineContext) {
    super(ctx);
    const { pull, network } = ctx.scenario;
    const { fleet, salts, trace } = ctx;
    this.intervalSec = pull.scrapeIntervalSec;
    this.lossRate = network.lossRate;
    this.offsetSec = new Float64Array(fleet.size);
    this.tick = new Float64Array(fleet.size);
    this.removedAtSec = new Float64Array(fleet.size);
    this.downNoted = new Uint8Array(fleet.size);
    this.unreachable = fleet.groups.map(
      (g) => g.firewalled || scrapeDurationSec(g.seriesPerService) > pull.scrapeTimeoutSec,
    );
    this.seriesBytes = fleet.groups.map((g) => g.seriesPerService * EXPOSITION_BYTES_PER_SERIES);
    this.gateway = pull.pushgateway ? new Pushgateway(pull.pushgatewayGrouping, fleet, this.observer, trace) : null;
    this.gatewayKey = ctx.scenario.seed ^ GATEWAY_IDENTITY;
    this.gatewayOffsetSec = hashUniform(salts['scrape-phase'], this.gatewayKey, 0) * this.intervalSec;

    let staticTargets = 0;
    let jobs = 0;
    const T = this.intervalSec;
    for (let i = 0; i < fleet.size; i++) {
      const shortLived = fleet.groups[fleet.group[i]].kind === 'short-lived';
      if (shortLived) jobs++;
      if (shortLived && this.gateway) {
        this.at(fleet.endSec[i], Kind.GatewayPush, i);
        continue;
      }
      let addedAt: number;
      let removedAt: number;
      if (pull.discovery === 'static') {
        if (fleet.startSec[i] > 0) continue;
        staticTargets++;
        addedAt = 0;
        removedAt = Infinity;
      } else {
        addedAt = appliedAtSec(pull, fleet.startSec[i]);
        const goneAt = fleet.crashed[i] ? fleet.replacedAtSec[i] : fleet.endSec[i];
        removedAt = goneAt === Infinity ? Infinity : appliedAtSec(pull, goneAt);
      }
      // Both changes applied on the same tick: the target never appears.
      if (addedAt >= removedAt || addedAt >= this.durationSec) continue;
      trace.add(i, addedAt, 'discovered', 'pull');
      if (removedAt < this.durationSec) trace.add(i, removedAt, 'undiscovered', 'pull');
      const offset = hashUniform(salts['scrape-phase'], fleet.key[i], 0) * T;
      const k = Math.ceil((addedAt - offset) / T);
      this.offsetSec[i] = offset;
      this.tick[i] = k;
      this.removedAtSec[i] = removedAt;
      const first = k * T + offset;
      if (first < removedAt) this.at(first, Kind.Scrape, i);
    }
    if (this.gateway) this.at(this.gatewayOffsetSec, Kind.GatewayScrape, 0);

    // Discovery: one scrape config; static: every target by name; with a gateway, every job names it.
    const scrapeConfig = pull.discovery === 'static' ? staticTargets + (this.gateway ? 1 : 0) : 1;
    this.configPlaces = scrapeConfig + (this.gateway ? jobs : 0);
  }

  protected handle(kind: number, item: number, tSec: number): void {
    if (kind === Kind.Scrape) this.scrape(item, tSec);
    else if (kind === Kind.GatewayPush) this.gatewayPush(item, tSec);
    else this.scrapeGateway(tSec);
  }

  private scrape(i: number, tSec: number): void {
    const { fleet, observer } = this;
    const g = fleet.group[i];
    const alive = tSec >= fleet.startSec[i] && tSec < fleet.endSec[i];
    const ok = alive && !this.unreachable[g] && !this.lost(fleet.key[i], this.tick[i]);
    observer.request(tSec, ok ? this.seriesBytes[g] : 0, ok);
    if (ok) {
      observer.point(i, tSec, 0);
      observer.learnTotal(i, tSec - fleet.startSec[i]);
      this.ctx.trace.add(i, tSec, 'scrape-ok', 'pull');
    } else {
      this.ctx.trace.add(i, tSec, 'scrape-failed', 'pull');
      if (!alive && tSec >= fleet.endSec[i] && !this.downNoted[i]) this.noteDown(i, tSec);
    }
    const next = ++this.tick[i] * this.intervalSec + this.offsetSec[i];
    if (next < this.removedAtSec[i]) this.at(next, Kind.Scrape, i);
  }

  /** up = 0 after the instance stopped: for a crash, the moment the backend knows. */
  private noteDown(i: number, tSec: number): void {
    this.downNoted[i] = 1;
    this.ctx.trace.add(i, tSec, 'dead-detected', 'pull');
    if (this.fleet.crashed[i]) this.observer.crashDetected(tSec - this.fleet.endSec[i]);
  }

  /** Lost pushes to the gateway are gone: the spec models no retry for them. */
  private gatewayPush(i: number, tSec: number): void {
    if (this.lost(this.fleet.key[i], GATEWAY_PUSH_DRAW)) {
      this.ctx.trace.add(i, tSec, 'push-lost', 'pull');
      return;
    }
    this.gateway!.push(i, tSec);
    this.ctx.trace.add(i, tSec, 'gateway-push', 'pull');
  }

  private scrapeGateway(tSec: number): void {
    const gateway = this.gateway!;
    const ok = !this.lost(this.gatewayKey, this.gatewayTick);
    this.observer.request(tSec, ok ? gateway.exposedSeries * EXPOSITION_BYTES_PER_SERIES : 0, ok);
    if (ok) gateway.scrape(tSec);
    this.at(++this.gatewayTick * this.intervalSec + this.gatewayOffsetSec, Kind.GatewayScrape, 0);
  }

  private lost(key: number, draw: number): boolean {
    return this.lossRate > 0 && hashUniform(this.ctx.salts['pull-loss'], key, draw) < this.lossRate;
  }

  protected extras(): OutcomeExtras {
    return { staleSeries: this.gateway?.exposedSeries ?? 0, configPlaces: this.configPlaces };
  }
}

/**
 * Expected events of the pull engine: scrapes of every long-running slot, of each job while it
 * lives (plus one for the phase it starts in), and of the gateway; with a gateway, one push per job.
 */
export function estimatePullEvents(s: Scenario): number {
  const T = s.pull.scrapeIntervalSec;
  let events = s.pull.pushgateway ? s.durationSec / T : 0;
  for (const g of s.services) {
    if (g.kind === 'long-running') {
      events += (g.count * s.durationSec) / T;
      continue;
    }
    const jobs = expectedInstances(g, s.durationSec);
    const lifeSec = Math.min(meanLifetimeSec(g.lifetimeSec), s.durationSec);
    events += s.pull.pushgateway ? jobs : jobs * (lifeSec / T + 1);
  }
  return events;
}
