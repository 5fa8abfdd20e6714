/**
 * The StatsD datagrams an instance sends for one push interval (statsd/statsd `docs/metric_types.md`): lines
 * `<name>:<value>|<type>[|@<rate>]`, several per UDP datagram separated by line feeds, each datagram within the
 * 1432-byte payload guideline for an intranet MTU (statsd README §Multi-Metric Packets).
 */
import type { Scenario } from '../scenario/schema';
import { type Instance, type InstanceOptions, resolveInstance } from './instance';
import { inProgress, planSeries, pushWindow, queueDepth, shardUnitsBetween, unitDurationMs } from './model';

export const STATSD_ADDRESS = { host: 'statsd', port: 8125 } as const;
export const INTRANET_DATAGRAM_BYTES = 1432;
/** Timers are sampled: one unit in this many is timed, and the line says `|@0.1` so the daemon scales counts. */
export const TIMER_SAMPLE_EVERY = 10;

export type StatsdType = 'c' | 'g' | 'ms' | 's';

/** One line. Names are dot-separated Graphite paths; values are plain decimals. */
export function statsdLine(name: string, value: number, type: StatsdType, sampleRate?: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`StatsD cannot carry ${value}`);
  // A signed gauge value is read as a relative change (metric_types.md §Gauges), so absolute gauges stay >= 0.
  if (type === 'g' && value < 0) throw new RangeError('a negative gauge would be read as a decrement');
  const rate = sampleRate === undefined || sampleRate === 1 ? '' : `|@${sampleRate}`;
  return `${name}:${value}|${type}${rate}`;
}

export const utf8Length = (s: string): number => new TextEncoder().encode(s).length;

/** Greedy packing in order: a line goes into the current datagram if it still fits with its line feed. */
export function packDatagrams(lines: readonly string[], maxBytes = INTRANET_DATAGRAM_BYTES): string[] {
  const datagrams: string[] = [];
  let current: string[] = [];
  let size = 0;
  for (const line of lines) {
    const bytes = utf8Length(line);
    if (bytes > maxBytes) throw new RangeError(`a ${bytes}-byte line cannot fit a ${maxBytes}-byte datagram`);
    const added = current.length === 0 ? bytes : bytes + 1;
    if (size + added > maxBytes) {
      datagrams.push(current.join('\n'));
      current = [line];
      size = bytes;
    } else {
      current.push(line);
      size += added;
    }
  }
  if (current.length > 0) datagrams.push(current.join('\n'));
  return datagrams;
}

/** The lines one push carries: what happened in (t - interval, t], clipped at the instance's start. */
export function statsdLines(inst: Instance, intervalSec: number): string[] {
  const plan = planSeries(inst.group.seriesPerService);
  const t = inst.tSec;
  const prefix = `${inst.group.name}.${inst.id}`;
  const { work, n0, n1 } = pushWindow(inst, intervalSec);
  const lines: string[] = [];
  if (plan.work) lines.push(statsdLine(`${prefix}.work_units`, work, 'c'));
  if (plan.inProgress) lines.push(statsdLine(`${prefix}.work_in_progress`, inProgress(inst, t), 'g'));
  if (plan.queueDepth) lines.push(statsdLine(`${prefix}.work_queue_depth`, queueDepth(inst, t), 'g'));
  if (plan.histogram) {
    for (let k = Math.ceil(n0 / TIMER_SAMPLE_EVERY) * TIMER_SAMPLE_EVERY; k < n1; k += TIMER_SAMPLE_EVERY) {
      lines.push(statsdLine(`${prefix}.work_duration`, unitDurationMs(inst, k), 'ms', 1 / TIMER_SAMPLE_EVERY));
    }
  }
  for (let j = 0; j < plan.shards; j++) {
    // Counters are deltas: a shard that got no work in this interval sends nothing.
    const units = shardUnitsBetween(n0, n1, plan.shards, j);
    if (units > 0) lines.push(statsdLine(`${prefix}.shard.${j}.work_units`, units, 'c'));
  }
  return lines;
}

export interface StatsdPush {
  lines: string[];
  datagrams: string[];
  /** Shell commands sending the first datagrams with netcat, byte for byte. */
  script: string;
}

export interface StatsdOptions extends InstanceOptions {
  /** How many datagrams the script spells out; default 3. */
  datagramsShown?: number;
}

export function statsdPush(s: Scenario, opts: StatsdOptions = {}): StatsdPush {
  const inst = resolveInstance(s, opts);
  const lines = statsdLines(inst, s.push.pushIntervalSec);
  const datagrams = packDatagrams(lines);
  const shown = datagrams.slice(0, opts.datagramsShown ?? 3);
  const { host, port } = STATSD_ADDRESS;
  const script = [
    `# ${inst.id}: ${lines.length} lines in ${datagrams.length} UDP datagram(s) of at most ${INTRANET_DATAGRAM_BYTES} bytes; none is acknowledged.`,
    ...shown.flatMap((d, i) => [
      `# datagram ${i + 1} of ${datagrams.length}: ${utf8Length(d)} bytes`,
      `printf '%s' '${d}' | nc -u -w 1 ${host} ${port}`,
    ]),
    ...(datagrams.length > shown.length ? [`# ... ${datagrams.length - shown.length} more datagram(s) not shown`] : []),
    '',
  ].join('\n');
  return { lines, datagrams, script };
}
