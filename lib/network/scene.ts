/**
 * The network view's state at one moment of simulated time, as pure functions of the report and
 * the cursor: which sampled instances exist, which scrapes and pushes are in flight (and how far
 * along), what the Pushgateway stores and how full the collector is.
 *
 * Everything is read from `report.trace` (a sample of instances) and `report.push.timeline`.
 * Unknown trace event kinds are ignored, so a newer engine's events never break the picture.
 * Times are simulated seconds (`…Sec`).
 */
import { visibleCount } from '../lab/playback';
import type { Report, TraceEvent, TracedInstance } from '../sim/report';

/** 'gateway-scrape': the scrape of the Pushgateway that first brings a job's pushed values in. */
export type MessageKind = 'scrape' | 'push' | 'gateway-push' | 'gateway-scrape';
export type MessageOutcome = 'ok' | 'failed' | 'refused' | 'lost';

/** A scrape or push drawn between two nodes. */
export interface Message {
  /** Stable across frames: `instance:event`. */
  key: string;
  /** Index into `report.trace`. */
  instance: number;
  kind: MessageKind;
  outcome: MessageOutcome;
  /** 0 at the send, 1 at its end of travel; above 1 while its outcome lingers on screen. */
  progress: number;
}

/** After arriving (or failing), a message's mark stays this share of a flight longer. */
export const LINGER_SHARE = 0.6;

/** When the job first pushed to the Pushgateway (Infinity if it never did): memoised per trace entry. */
const gatewayPushSec = new WeakMap<TracedInstance, number>();
function firstGatewayPushSec(inst: TracedInstance): number {
  let t = gatewayPushSec.get(inst);
  if (t === undefined) {
    t = inst.events.find((e) => e.kind === 'gateway-push')?.t ?? Infinity;
    gatewayPushSec.set(inst, t);
  }
  return t;
}

/** How each trace event kind is drawn as a message; kinds not listed are states, not messages. */
function messageOf(e: TraceEvent, inst: TracedInstance): { kind: MessageKind; outcome: MessageOutcome } | null {
  switch (e.kind) {
    case 'scrape-ok':
      // After a job's push, its values reach Prometheus by a scrape of the gateway, not of the job.
      return { kind: e.t >= firstGatewayPushSec(inst) ? 'gateway-scrape' : 'scrape', outcome: 'ok' };
    case 'scrape-failed':
      return { kind: 'scrape', outcome: 'failed' };
    case 'gateway-push':
      return { kind: 'gateway-push', outcome: 'ok' };
    case 'push-ok':
      return { kind: 'push', outcome: 'ok' };
    case 'push-refused':
      return { kind: 'push', outcome: 'refused' };
    case 'push-lost':
      // The pull engine's lost pushes are a job's pushes to the Pushgateway.
      return e.engine === 'pull' ? { kind: 'gateway-push', outcome: 'lost' } : { kind: 'push', outcome: 'lost' };
    default:
      return null;
  }
}

/**
 * Messages on screen at `tSec`: each leaves at its event's time, travels for `flightSec` and its
 * outcome stays visible for `LINGER_SHARE` of a flight more.
 */
export function messagesAt(trace: readonly TracedInstance[], tSec: number, flightSec: number): Message[] {
  if (!(flightSec > 0)) return [];
  const spanSec = flightSec * (1 + LINGER_SHARE);
  const out: Message[] = [];
  trace.forEach((inst, i) => {
    const end = visibleCount(inst.events, tSec);
    // Events exactly `spanSec` old have just left the screen.
    for (let k = visibleCount(inst.events, tSec - spanSec); k < end; k++) {
      const e = inst.events[k];
      const m = messageOf(e, inst);
      if (m) out.push({ key: `${i}:${k}`, instance: i, ...m, progress: (tSec - e.t) / flightSec });
    }
  });
  return out;
}

export interface InstanceState {
  /** Index into `report.trace`. */
  index: number;
  /** Drawn at `tSec`: started and not yet ended (a crashed one stays a moment to show the crash). */
  visible: boolean;
  crashed: boolean;
  /** The scraper holds it as down: its last scrape failed, so `up` is 0. */
  downPull: boolean;
  /** The push backend has called it dead (silent too long). */
  downPush: boolean;
}

/** How long (simulated seconds) a crashed instance stays on screen after its crash. */
export function crashGhostSec(flightSec: number): number {
  return 2 * flightSec;
}

/** Whether each sampled instance is on screen at `tSec`, and how the backends see it. */
export function instancesAt(report: Report, tSec: number, flightSec: number): InstanceState[] {
  const { durationSec } = report.scenario;
  return report.trace.map((inst, index) => {
    let crashAt: number | null = null;
    let downPull = false;
    let downPush = false;
    for (let k = 0, n = visibleCount(inst.events, tSec); k < n; k++) {
      const e = inst.events[k];
      if (e.kind === 'crash') crashAt = e.t;
      else if ((e.kind as string) === 'restart')
        crashAt = null; // report v2: restarted in place
      else if (e.kind === 'dead-detected') {
        if (e.engine === 'pull') downPull = true;
        else if (e.engine === 'push') downPush = true;
      } else if (e.kind === 'scrape-ok') downPull = false;
      else if (e.kind === 'scrape-failed')
        downPull = true; // up = 0 until a scrape succeeds
      else if (e.kind === 'push-ok') downPush = false;
    }
    // An instance alive at the run's end is drawn at the very last moment too.
    const running = tSec >= inst.startSec && (tSec < inst.endSec || inst.endSec >= durationSec);
    const ghost = crashAt !== null && tSec < crashAt + crashGhostSec(flightSec);
    return { index, visible: running || ghost, crashed: crashAt !== null, downPull, downPush };
  });
}

/**
 * The Pushgateway group a job's push lands in: its own with "instance" grouping (the store grows
 * with every job), its service's with "job" grouping (each push overwrites that service's group).
 */
function gatewayGroupOf(report: Report, inst: TracedInstance): string {
  return report.scenario.pull.pushgatewayGrouping === 'instance' ? inst.id : inst.group;
}

/** The Pushgateway's groups at `tSec`, from the sampled jobs. It never forgets a group: nothing here is ever removed. */
export function gatewayGroupsAt(report: Report, tSec: number): string[] {
  const groups = new Set<string>();
  for (const inst of report.trace) if (firstGatewayPushSec(inst) <= tSec) groups.add(gatewayGroupOf(report, inst));
  return [...groups];
}

/** From `tSec` on, the gateway holds `groups` groups of the sampled jobs. */
export interface StoreStep {
  tSec: number;
  groups: number;
}

/** How the gateway's store grows over the whole run: one step per group, at the push that created it. */
export function gatewayStoreSteps(report: Report): StoreStep[] {
  const created = new Map<string, number>();
  for (const inst of report.trace) {
    const t = firstGatewayPushSec(inst);
    const group = gatewayGroupOf(report, inst);
    if (t < (created.get(group) ?? Infinity)) created.set(group, t);
  }
  return [...created.values()].sort((a, b) => a - b).map((tSec, i) => ({ tSec, groups: i + 1 }));
}

export interface CapacityUse {
  /** Requests per second reaching the collector in the bucket holding `tSec` (its busiest second when known). */
  requestsPerSec: number;
  capacityPerSec: number;
  /** requestsPerSec / capacityPerSec; above 1 the collector refuses or drops. */
  share: number;
}

/** The push collector's load at `tSec`, from the whole fleet's timeline (not the sample). */
export function capacityAt(report: Report, tSec: number): CapacityUse {
  const { durationSec, resolutionSec } = report.scenario;
  const capacityPerSec = report.scenario.push.collectorCapacityPerSec;
  const rows = report.push.timeline;
  if (rows.length === 0) return { requestsPerSec: 0, capacityPerSec, share: 0 };
  const i = Math.min(rows.length - 1, Math.max(0, Math.floor(tSec / resolutionSec)));
  const row = rows[i] as (typeof rows)[number] & { requestsPeak?: number };
  // Report v2 adds each bucket's busiest one-second window; v1 has only the bucket's mean.
  const bucketSec = Math.max(1e-9, Math.min(resolutionSec, durationSec - row.t));
  const requestsPerSec = typeof row.requestsPeak === 'number' ? row.requestsPeak : row.requests / bucketSec;
  return { requestsPerSec, capacityPerSec, share: requestsPerSec / capacityPerSec };
}

export interface Tallies {
  scrapesOk: number;
  scrapesFailed: number;
  pushesOk: number;
  pushesRefused: number;
  pushesLost: number;
  gatewayPushes: number;
  gatewayPushesLost: number;
}

/** What the sampled instances' scrapes and pushes came to, up to and including `tSec`. */
export function talliesAt(trace: readonly TracedInstance[], tSec: number): Tallies {
  const t: Tallies = {
    scrapesOk: 0,
    scrapesFailed: 0,
    pushesOk: 0,
    pushesRefused: 0,
    pushesLost: 0,
    gatewayPushes: 0,
    gatewayPushesLost: 0,
  };
  for (const inst of trace) {
    for (let k = 0, n = visibleCount(inst.events, tSec); k < n; k++) {
      const m = messageOf(inst.events[k], inst);
      if (!m) continue;
      if (m.kind === 'scrape' || m.kind === 'gateway-scrape') {
        if (m.outcome === 'ok') t.scrapesOk++;
        else t.scrapesFailed++;
      } else if (m.kind === 'push') {
        if (m.outcome === 'ok') t.pushesOk++;
        else if (m.outcome === 'refused') t.pushesRefused++;
        else t.pushesLost++;
      } else if (m.outcome === 'ok') t.gatewayPushes++;
      else t.gatewayPushesLost++;
    }
  }
  return t;
}

/** Whether a sampled instance's service sits behind the firewall/NAT (no inbound connections). */
export function firewalledGroups(report: Report): Set<string> {
  return new Set(report.scenario.services.filter((s) => s.firewalled).map((s) => s.name));
}

/** A message takes about this long (wall-clock seconds) to cross the picture at any playback speed. */
export const FLIGHT_WALL_SEC = 0.6;

/**
 * A message's flight in simulated seconds at `speed` (simulated seconds per wall-clock second),
 * never longer than half the shortest interval, so one instance's messages never overlap.
 */
export function flightSecFor(speed: number, scenario: Report['scenario']): number {
  const intervalSec = Math.min(scenario.pull.scrapeIntervalSec, scenario.push.pushIntervalSec);
  return Math.min(speed * FLIGHT_WALL_SEC, intervalSec / 2);
}
