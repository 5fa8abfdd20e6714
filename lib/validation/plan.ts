/**
 * From a validation scenario to the plan of real processes that reproduce the simulator's fleet.
 *
 * The fleet is built by the simulator itself (`buildFleet`), so the real Prometheus and the
 * simulated one observe the very same jobs and crashes: every arrival, lifetime and crash time comes
 * from the same seeded draws. Times are scenario seconds from the fleet's t = 0.
 */
import { parseScenario } from '../scenario/parse';
import type { Scenario } from '../scenario/schema';
import { buildFleet, instanceId, type Fleet } from '../sim/fleet';

export type CrashBehaviour = 'restart' | 'replace';

/** One scenario of the validation set: a simulator scenario plus what only the real side reads. */
export interface ValidationScenario {
  name: string;
  title: string;
  /** Scenario JSON as the simulator takes it; long-running groups may carry `onCrash`. */
  scenario: Record<string, unknown>;
}

export interface Prepared {
  scenario: Scenario;
  /** Per service group: its crash behaviour (long-running groups; `restart` is the v2 default). */
  onCrash: (CrashBehaviour | null)[];
  /** False when the simulator refused `onCrash` as an unknown field: it predates schema version 2. */
  simulatorKnowsOnCrash: boolean;
}

/** Parses the scenario; an `onCrash` the simulator does not know yet is kept for the real side only. */
export function prepare(v: ValidationScenario): Prepared {
  const services = (v.scenario.services ?? []) as Record<string, unknown>[];
  const onCrash = services.map((g) =>
    g.kind === 'long-running' ? ((g.onCrash as CrashBehaviour | undefined) ?? 'restart') : null,
  );
  const direct = parseScenario(v.scenario);
  if (direct.ok) return { scenario: direct.scenario, onCrash, simulatorKnowsOnCrash: true };
  const onlyOnCrash = direct.error.issues.every((i) => /^services\.\d+$/.test(i.path) && /onCrash/.test(i.message));
  if (!onlyOnCrash) throw direct.error;
  const stripped = { ...v.scenario, services: services.map(withoutOnCrash) };
  const retry = parseScenario(stripped);
  if (!retry.ok) throw retry.error;
  return { scenario: retry.scenario, onCrash, simulatorKnowsOnCrash: false };
}

function withoutOnCrash(group: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...group };
  delete copy.onCrash;
  return copy;
}

/** A `/metrics` server that is a file_sd target for the spans in `lives` (start, end). */
export interface PlannedTarget {
  id: string;
  group: string;
  /** Directly scraped short-lived job (true) or long-running instance. */
  job: boolean;
  series: number;
  lives: [number, number][];
}

/** A short-lived job that pushes its final values to the Pushgateway as it ends. */
export interface PlannedPush {
  id: string;
  group: string;
  /** Run number within its group: the value of `validate_run`, so a scraped run can be told apart. */
  run: number;
  series: number;
  startSec: number;
  atSec: number;
  grouping: 'instance' | 'job';
}

export interface PlannedCrash {
  /** The target that goes down. */
  id: string;
  crashSec: number;
  /** When it (restart) or its replacement (replace) is back. */
  backSec: number;
  behaviour: CrashBehaviour;
  /** Index in the fleet of the instance that crashed. */
  fleetIndex: number;
}

export interface Plan {
  durationSec: number;
  targets: PlannedTarget[];
  pushes: PlannedPush[];
  crashes: PlannedCrash[];
}

export function planFor(prepared: Prepared, fleet: Fleet = buildFleet(prepared.scenario)): Plan {
  const { scenario, onCrash } = prepared;
  const D = scenario.durationSec;
  const targets = new Map<string, PlannedTarget>();
  const pushes: PlannedPush[] = [];
  const crashes: PlannedCrash[] = [];
  for (let i = 0; i < fleet.size; i++) {
    const g = fleet.group[i];
    const group = fleet.groups[g];
    const startSec = fleet.startSec[i];
    const endSec = Math.min(fleet.endSec[i], D);
    if (group.kind === 'short-lived' && scenario.pull.pushgateway) {
      if (fleet.endSec[i] < D) {
        const grouping = scenario.pull.pushgatewayGrouping;
        pushes.push({
          id: instanceId(group.name, fleet.index[i], fleet.incarnation[i]),
          group: group.name,
          run: fleet.index[i],
          series: group.seriesPerService,
          startSec,
          atSec: endSec,
          grouping,
        });
      }
      continue;
    }
    const behaviour = onCrash[g];
    const id = instanceId(group.name, fleet.index[i], fleet.incarnation[i]);
    const target = targets.get(id) ?? {
      id,
      group: group.name,
      job: group.kind === 'short-lived',
      series: group.seriesPerService,
      lives: [],
    };
    // Restarted in place: one target whose lives are split by its downtimes (same address, same labels).
    let lifeStartSec = startSec;
    for (let k = fleet.downFirst[i]; k < fleet.downFirst[i + 1]; k++) {
      const crashSec = fleet.downStartSec[k];
      if (crashSec >= D) break;
      target.lives.push([lifeStartSec, crashSec]);
      crashes.push({ id, crashSec, backSec: fleet.downEndSec[k], behaviour: 'restart', fleetIndex: i });
      lifeStartSec = fleet.downEndSec[k];
    }
    if (lifeStartSec < D) target.lives.push([lifeStartSec, endSec]);
    targets.set(id, target);
    if (fleet.crashed[i] && fleet.endSec[i] < D) {
      crashes.push({
        id,
        crashSec: fleet.endSec[i],
        backSec: fleet.replacedAtSec[i],
        behaviour: behaviour ?? 'replace',
        fleetIndex: i,
      });
    }
  }
  return { durationSec: D, targets: [...targets.values()], pushes, crashes };
}
