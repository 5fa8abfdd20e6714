/**
 * Which instance an artifact describes, and when. The artifacts do not run the simulation: the caller names a
 * group, an instance index and a moment, and gets what that instance would expose or send at that moment.
 */
import { typicalLifetimeSec } from '../scenario/lifetime';
import type { Scenario, ServiceGroup } from '../scenario/schema';
import { instanceId } from '../sim/fleet';

/** Wall-clock time of simulated t = 0, so artifacts can show real timestamps. */
export const WALL_CLOCK_START = '2026-01-01T00:00:00Z';
export const WALL_CLOCK_START_MS = Date.parse(WALL_CLOCK_START);

/** Every instance serves /metrics on this port, under this DNS domain. */
export const METRICS_PORT = 8080;
export const DOMAIN = 'example.internal';

export interface InstanceOptions {
  /** Service group name; default: the first group. */
  group?: string;
  /** Instance number within the group; default 0. */
  index?: number;
  /** When the instance started; default 0. */
  startSec?: number;
  /** The moment described; default: the run's end for a long-running instance, the end of a typical run for a job. */
  tSec?: number;
  /** How far the instance's clock is ahead of true time; default: one standard deviation of the scenario's skew. */
  clockOffsetSec?: number;
}

export interface Instance {
  scenario: Scenario;
  group: ServiceGroup;
  index: number;
  /** Unique name: `web-0`. Doubles as the host name and the Pushgateway `instance` value. */
  id: string;
  /** `web-0.example.internal:8080`: the scrape target address. */
  address: string;
  startSec: number;
  tSec: number;
  clockOffsetSec: number;
}

export const instanceAddress = (group: string, index: number): string =>
  `${instanceId(group, index)}.${DOMAIN}:${METRICS_PORT}`;

export function findGroup(scenario: Scenario, name: string | undefined): ServiceGroup {
  if (name === undefined) return scenario.services[0];
  const group = scenario.services.find((g) => g.name === name);
  if (!group) throw new RangeError(`no service group named "${name}"`);
  return group;
}

export function resolveInstance(scenario: Scenario, opts: InstanceOptions = {}): Instance {
  const group = findGroup(scenario, opts.group);
  const index = opts.index ?? 0;
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`instance index must be a whole number >= 0`);
  const startSec = opts.startSec ?? 0;
  const runEnd =
    group.kind === 'long-running' ? scenario.durationSec : startSec + typicalLifetimeSec(group.lifetimeSec);
  const tSec = opts.tSec ?? runEnd;
  if (!(tSec >= startSec)) throw new RangeError(`tSec (${tSec}) must be >= startSec (${startSec})`);
  return {
    scenario,
    group,
    index,
    id: instanceId(group.name, index),
    address: instanceAddress(group.name, index),
    startSec,
    tSec,
    clockOffsetSec: opts.clockOffsetSec ?? scenario.network.clockSkewSec,
  };
}

/** The instance's own clock at simulated time t, in Unix milliseconds (skew included, whole ms). */
export const clockMs = (inst: Instance, tSec: number): number =>
  WALL_CLOCK_START_MS + Math.round((tSec + inst.clockOffsetSec) * 1000);
