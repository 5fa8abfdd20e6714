/**
 * The simulator's side: the pull engine run over the plan's fleet, every instance traced, reduced
 * to the same observations as the real Prometheus.
 *
 * One simulated run shows one draw of the scrape phases, as one real run does; the two draws differ
 * from run to run (a real Prometheus hashes each target's address, and the harness's ports change).
 * So the fleet is simulated under many phase draws: the same jobs and crashes at the same moments,
 * each run with its own phase salt. Draw 0 is the lab's own run of the scenario.
 */
import { PullEngine } from '../engines/pull';
import { buildFleet, type Fleet } from '../sim/fleet';
import { Buckets } from '../sim/observe';
import type { TracedInstance } from '../sim/report';
import { hashWords, saltsFor, type Salts } from '../sim/rng';
import { TraceRecorder } from '../sim/trace';
import type { Observations } from './compare';
import type { Plan, Prepared } from './plan';

/** Phase draws per scenario: the model's mean is then known to within sd/20, its sd to about 4 %. */
export const PHASE_DRAWS = 400;

/** The scenario's salts with the scrape phases of draw `k` (k = 0: the scenario's own). */
export function phaseSalts(seed: number, k: number): Salts {
  const salts = saltsFor(seed);
  return k === 0 ? salts : { ...salts, 'scrape-phase': hashWords(salts['scrape-phase'], k) };
}

/** One simulated run of the plan's fleet with the scrape phases of draw `k`. */
export function simulatedObservations(prepared: Prepared, plan: Plan, fleet: Fleet, k = 0): Observations {
  const { scenario } = prepared;
  const everyone = Array.from({ length: fleet.size }, (_, i) => i);
  const trace = new TraceRecorder(fleet, everyone);
  const engine = new PullEngine({
    scenario,
    fleet,
    buckets: new Buckets(fleet, scenario.resolutionSec),
    salts: phaseSalts(scenario.seed, k),
    trace,
  });
  while (!engine.done) engine.advance(1_000_000);
  const outcome = engine.outcome();
  const traced = trace.result();
  const byId = new Map<string, TracedInstance>(traced.map((t) => [t.id, t]));
  const first = (t: TracedInstance, kind: string, fromSec = -Infinity) => {
    if (t.truncated) throw new Error(`Trace of ${t.id} was truncated: shorten the scenario`);
    return t.events.find((e) => e.engine === 'pull' && e.kind === kind && e.t >= fromSec)?.t ?? null;
  };
  const jobs = plan.targets
    .filter((t) => t.job)
    .map((t) => {
      const ok = first(byId.get(t.id)!, 'scrape-ok');
      return { id: t.id, firstScrapeDelaySec: ok === null ? null : ok - t.lives[0][0] };
    });
  const runs = plan.pushes.map((p) => ({ id: p.id, scraped: first(byId.get(p.id)!, 'scrape-ok') !== null }));
  const crashes = prepared.simulatorKnowsOnCrash
    ? plan.crashes.map((c) => {
        const seen = first(traced[c.fleetIndex], 'dead-detected', c.crashSec);
        // Restarted in place, only a scrape inside this downtime notices it; a later one is the next crash.
        const down = seen !== null && c.behaviour === 'restart' && seen >= c.backSec ? null : seen;
        return { id: c.id, crashSec: c.crashSec, upZeroDelaySec: down === null ? null : down - c.crashSec };
      })
    : null;
  return { jobs, runs, crashes, exposedSeriesAtEnd: scenario.pull.pushgateway ? outcome.staleSeries : null };
}

/** The plan's fleet under `draws` phase draws: the model's spread of every figure. */
export function simulatedRuns(
  prepared: Prepared,
  plan: Plan,
  fleet: Fleet = buildFleet(prepared.scenario),
  draws = PHASE_DRAWS,
): Observations[] {
  return Array.from({ length: draws }, (_, k) => simulatedObservations(prepared, plan, fleet, k));
}
