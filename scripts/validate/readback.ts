/**
 * Reads back what the real Prometheus stored, through its HTTP API, and reduces it to the same
 * observations the simulator produces. Range selectors (`up[...]`) return the raw stored samples
 * with their scrape timestamps, without stale markers.
 */
import type { CrashObservation, Observations } from '../../lib/validation/compare';
import type { Plan } from '../../lib/validation/plan';
import type { FleetRecord } from './fleet';

type Samples = [number, string][];
interface MatrixResult {
  metric: Record<string, string>;
  values: Samples;
}

async function api<T>(prometheus: string, path: string, params: Record<string, string>): Promise<T> {
  const url = `${prometheus}${path}?${new URLSearchParams(params)}`;
  const res = await fetch(url);
  const body = (await res.json()) as { status: string; data: T; error?: string };
  if (body.status !== 'success') throw new Error(`${url}: ${body.error ?? res.status}`);
  return body.data;
}

/** Every raw sample of `selector` in the `windowSec` before `atSec`, by one label's value. */
export async function rawSamples(prometheus: string, selector: string, by: string, atSec: number, windowSec: number) {
  const data = await api<{ resultType: string; result: MatrixResult[] }>(prometheus, '/api/v1/query', {
    query: `${selector}[${Math.ceil(windowSec)}s]`,
    time: atSec.toFixed(3),
  });
  const out = new Map<string, Samples>();
  for (const r of data.result) out.set(r.metric[by] ?? '', [...(out.get(r.metric[by] ?? '') ?? []), ...r.values]);
  for (const v of out.values()) v.sort((a, b) => a[0] - b[0]);
  return out;
}

/** Series names Prometheus ever stored for a selector (the series API, not limited to the lookback). */
export async function seriesCount(prometheus: string, match: string, startSec: number, endSec: number) {
  const data = await api<unknown[]>(prometheus, '/api/v1/series', {
    'match[]': match,
    start: startSec.toFixed(3),
    end: endSec.toFixed(3),
  });
  return data.length;
}

/** Series the gateway exposes right now, of the metrics the jobs pushed. */
export async function gatewayExposedSeries(gateway: string): Promise<number> {
  const text = await (await fetch(`${gateway}/metrics`)).text();
  return text.split('\n').filter((l) => /^validate_(work_units_total|run)[{ ]/.test(l)).length;
}

/**
 * The model's rule for a restart, checked on the real scrape times: a crash writes up = 0 exactly
 * when one of the target's scrapes falls inside its real downtime. `inside` counts crashes with such
 * a scrape, `failed` those whose scrape there failed; equal, the harness times downtimes as the model.
 */
export interface RestartCheck {
  crashes: number;
  inside: number;
  failed: number;
}

export async function realObservations(
  prometheus: string,
  plan: Plan,
  record: FleetRecord,
  endWallSec: number,
  exposedSeriesAtEnd: number | null,
): Promise<{ observations: Observations; restarts: RestartCheck }> {
  const windowSec = endWallSec - record.t0 + 30;
  const up = await rawSamples(prometheus, 'up{job="fleet"}', 'instance', endWallSec, windowSec);
  const jobs = plan.targets
    .filter((t) => t.job)
    .map((t) => {
      const started = record.lifeStarts.get(t.id)?.[0];
      const ok = started === undefined ? undefined : up.get(t.id)?.find(([ts, v]) => v === '1' && ts >= started);
      return { id: t.id, firstScrapeDelaySec: ok && started !== undefined ? ok[0] - started : null };
    });

  const restarts: RestartCheck = { crashes: 0, inside: 0, failed: 0 };
  const crashes: CrashObservation[] = plan.crashes.map((c) => {
    const key = `${c.id}@${c.crashSec}`;
    const crashWall = record.crashes.get(key);
    // Restart: the same target; only failures before it answered again belong to this crash.
    const untilWall = c.behaviour === 'restart' ? (record.backs.get(key) ?? record.t0 + c.backSec) : Infinity;
    const zero =
      crashWall === undefined
        ? undefined
        : up.get(c.id)?.find(([ts, v]) => v === '0' && ts >= crashWall && ts < untilWall);
    if (c.behaviour === 'restart' && crashWall !== undefined) {
      const inside = up.get(c.id)?.filter(([ts]) => ts >= crashWall && ts < untilWall) ?? [];
      restarts.crashes++;
      if (inside.length) restarts.inside++;
      if (inside.some(([, v]) => v === '0')) restarts.failed++;
    }
    return {
      id: c.id,
      crashSec: c.crashSec,
      upZeroDelaySec: zero && crashWall !== undefined ? zero[0] - crashWall : null,
    };
  });

  let runs: Observations['runs'] = [];
  if (plan.pushes.length > 0) {
    const groups = [...new Set(plan.pushes.map((p) => p.group))];
    const stored = await rawSamples(
      prometheus,
      `validate_run{job=~"${groups.join('|')}"}`,
      'job',
      endWallSec,
      windowSec,
    );
    const seen = new Set<string>();
    for (const [group, samples] of stored) for (const [, v] of samples) seen.add(`${group}/${v}`);
    runs = plan.pushes.map((p) => ({ id: p.id, scraped: seen.has(`${p.group}/${p.run}`) }));
  }
  return { observations: { jobs, runs, crashes, exposedSeriesAtEnd }, restarts };
}
