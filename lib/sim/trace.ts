/**
 * A bounded, deterministic sample of instances with everything both engines did to them, so the
 * lab can draw one row per instance and a learner can see why a 5 s job slips between 15 s scrapes.
 */
import type { TraceEvent, TraceEventKind, TracedInstance } from './report';
import { crashesOf, instanceId, type Fleet } from './fleet';
import { round6 } from './observe';

export const TRACE_MAX_INSTANCES = 24;
const TRACE_MAX_LONG_RUNNING = 8;
const TRACE_MAX_CRASHED = 2;
/** Per instance and engine: the first events are kept, the rest only flag `truncated`. */
export const TRACE_MAX_EVENTS_PER_ENGINE = 200;

type Engine = TraceEvent['engine'];
const ENGINES: readonly Engine[] = ['fleet', 'pull', 'push'];

/**
 * Long-running: up to two crashed instances (with their replacements, or restarted in place), then originals taken in turn
 * from each group; short-lived: jobs spread evenly over the run.
 */
export function pickTraced(fleet: Fleet, max = TRACE_MAX_INSTANCES): number[] {
  const long: number[] = [];
  const jobs: number[] = [];
  for (let i = 0; i < fleet.size; i++) (fleet.groups[fleet.group[i]].kind === 'long-running' ? long : jobs).push(i);

  const chosen = new Set<number>();
  const longBudget = Math.min(TRACE_MAX_LONG_RUNNING, jobs.length > 0 ? max / 2 : max);
  for (const i of long.filter((i) => crashesOf(fleet, i) > 0).slice(0, TRACE_MAX_CRASHED)) {
    chosen.add(i);
    const next = i + 1; // a replacement follows its predecessor in fleet order
    if (next < fleet.size && fleet.group[next] === fleet.group[i] && fleet.index[next] === fleet.index[i]) {
      chosen.add(next);
    }
  }
  const originalsByGroup = new Map<number, number[]>();
  for (const i of long) {
    if (fleet.incarnation[i] !== 0) continue;
    const list = originalsByGroup.get(fleet.group[i]) ?? [];
    list.push(i);
    originalsByGroup.set(fleet.group[i], list);
  }
  // Shares per group in turn, then spread through each group rather than its first few: a collector
  // admitting a burst in fleet order (capacity.ts) would otherwise always admit the sampled ones.
  const lists = [...originalsByGroup.values()];
  const quota = lists.map(() => 0);
  for (let left = longBudget - chosen.size, g = 0; left > 0 && quota.some((q, k) => q < lists[k].length); g++) {
    const k = g % lists.length;
    if (quota[k] < lists[k].length) {
      quota[k]++;
      left--;
    }
  }
  lists.forEach((l, k) => {
    for (let m = 0; m < quota[k]; m++) chosen.add(l[Math.floor(((m + 0.5) * l.length) / quota[k])]);
  });
  for (const l of lists) for (const i of l) if (chosen.size < longBudget) chosen.add(i); // after collisions with crashed ones

  const jobSlots = Math.min(jobs.length, max - chosen.size);
  for (let m = 0; m < jobSlots; m++) chosen.add(jobs[Math.floor(((m + 0.5) * jobs.length) / jobSlots)]);
  return [...chosen].sort((a, b) => a - b);
}

export class TraceRecorder {
  /** Per fleet instance: its row in the trace, or -1. */
  private readonly row: Int32Array;
  private readonly events: TraceEvent[][];
  private readonly counts: Record<Engine, number>[];
  private readonly truncated: boolean[];

  constructor(
    private readonly fleet: Fleet,
    private readonly picked: readonly number[],
  ) {
    this.row = new Int32Array(fleet.size).fill(-1);
    picked.forEach((i, r) => (this.row[i] = r));
    this.events = picked.map(() => []);
    this.counts = picked.map(() => ({ fleet: 0, pull: 0, push: 0 }));
    this.truncated = picked.map(() => false);
    for (const i of picked) {
      if (fleet.crashed[i] && fleet.endSec[i] < fleet.durationSec) this.add(i, fleet.endSec[i], 'crash', 'fleet');
      for (let k = fleet.downFirst[i]; k < fleet.downFirst[i + 1]; k++) {
        if (fleet.downStartSec[k] < fleet.durationSec) this.add(i, fleet.downStartSec[k], 'crash', 'fleet');
        if (fleet.downEndSec[k] < fleet.durationSec) this.add(i, fleet.downEndSec[k], 'restart', 'fleet');
      }
    }
  }

  isTraced(i: number): boolean {
    return this.row[i] >= 0;
  }

  /** Called for every event: kept tiny so it costs one lookup for the instances not traced. */
  add(i: number, tSec: number, kind: TraceEventKind, engine: Engine): void {
    const r = this.row[i];
    if (r >= 0) this.record(r, tSec, kind, engine);
  }

  private record(r: number, tSec: number, kind: TraceEventKind, engine: Engine): void {
    if (this.counts[r][engine]++ >= TRACE_MAX_EVENTS_PER_ENGINE) {
      this.truncated[r] = true;
      return;
    }
    this.events[r].push({ t: round6(tSec), kind, engine });
  }

  result(): TracedInstance[] {
    const { fleet } = this;
    return this.picked.map((i, r) => ({
      id: instanceId(fleet.groups[fleet.group[i]].name, fleet.index[i], fleet.incarnation[i]),
      group: fleet.groups[fleet.group[i]].name,
      kind: fleet.groups[fleet.group[i]].kind,
      startSec: round6(fleet.startSec[i]),
      endSec: round6(fleet.endSec[i] === Infinity ? fleet.durationSec : fleet.endSec[i]),
      crashed: fleet.crashed[i] === 1 && fleet.endSec[i] < fleet.durationSec,
      events: [...this.events[r]].sort((a, b) => a.t - b.t || ENGINES.indexOf(a.engine) - ENGINES.indexOf(b.engine)),
      truncated: this.truncated[r],
    }));
  }
}
