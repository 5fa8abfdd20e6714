import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { promtool } from '../artifacts/promtool.test-helper';
import { PullEngine, type PullSampleSink } from '../engines/pull';
import { scenarioOrThrow } from '../scenario/parse';
import { buildFleet, instanceId } from '../sim/fleet';
import { Buckets } from '../sim/observe';
import { saltsFor } from '../sim/rng';
import { pickTraced, TraceRecorder } from '../sim/trace';
import { pullOpenMetrics } from './openmetrics';

// 2023-11-14T22:13:20Z: a round Unix second, far from any block boundary trouble.
const START = 1_700_000_000;

/** 300 instances alive from t = 0, named at start (static), never crashing: 8 scrapes each in 120 s. */
const fleetScenario = scenarioOrThrow({
  seed: 11,
  durationSec: 120,
  services: [{ name: 'web', kind: 'long-running', count: 300, crashesPerHour: 0, seriesPerService: 3 }],
  pull: { scrapeIntervalSec: 15, discovery: 'static' },
});

/** Jobs of 5 s pushing to a gateway that keeps every run (grouping by instance). */
const gatewayScenario = scenarioOrThrow({
  seed: 12,
  durationSec: 120,
  services: [
    {
      name: 'batch',
      kind: 'short-lived',
      startsPerMin: 20,
      lifetimeSec: { dist: 'fixed', value: 5 },
      seriesPerService: 2,
    },
  ],
  pull: { scrapeIntervalSec: 15, pushgateway: true, pushgatewayGrouping: 'instance' },
});

interface Line {
  name: string;
  labels: string;
  value: number;
  tSec: number;
}

function parse(text: string): Line[] {
  return text
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const m = /^(\w+)(\{[^}]*\})? (\S+) (\S+)$/.exec(l);
      if (!m) throw new Error(`Not a sample line: ${l}`);
      return { name: m[1], labels: m[2] ?? '', value: Number(m[3]), tSec: Number(m[4]) - START };
    });
}

const series = (lines: Line[], name: string, labels: string) =>
  lines.filter((l) => l.name === name && l.labels === labels);

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('pullOpenMetrics', () => {
  const full = pullOpenMetrics(fleetScenario, [], START);
  const text = full.parts.join('');
  const lines = parse(text);

  it('holds every scrape of every instance: up = 1 and a counter equal to its age', () => {
    expect(full.cutAtSec).toBeNull();
    for (let k = 0; k < 300; k++) {
      const labels = `{instance="web-${k}",job="web"}`;
      const up = series(lines, 'up', labels);
      expect(up.map((l) => l.value)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
      // One phase per target: 15 s apart, the first inside the first interval.
      expect(up[0].tSec).toBeLessThan(15);
      up.forEach((l, n) => expect(l.tSec).toBeCloseTo(up[0].tSec + 15 * n, 3));
      // Alive since t = 0, one unit of work a second: the counter reads the scrape's time.
      const work = series(lines, 'pushpull_work_units_total', labels);
      expect(work.map((l) => l.value)).toEqual(up.map((l) => Math.round(l.tSec * 1000) / 1000));
    }
    expect(full.samples).toBe(300 * 8 * 2);
    expect(text.endsWith('# EOF\n')).toBe(true);
  });

  it('stops at the sample limit with every sample before the cut, and says where', () => {
    const cut = pullOpenMetrics(fleetScenario, [], START, 1000);
    expect(cut.cutAtSec).not.toBeNull();
    expect(cut.samples).toBeLessThanOrEqual(1000);
    const kept = parse(cut.parts.join(''));
    expect(kept.every((l) => l.tSec <= cut.cutAtSec!)).toBe(true);
    const before = (ls: Line[]) => ls.filter((l) => l.tSec < cut.cutAtSec!).length;
    expect(before(kept)).toBe(before(lines));
    expect(cut.parts.at(-1)).toBe('# EOF\n');
  });

  it('keeps a pushed run in every gateway scrape after its push, as the Pushgateway has no TTL', () => {
    const gw = parse(pullOpenMetrics(gatewayScenario, [], START).parts.join(''));
    const scrapes = series(gw, 'up', '{instance="pushgateway",job="pushgateway"}');
    expect(scrapes.length).toBe(8);
    const runs = new Map<string, Line[]>();
    for (const l of gw.filter((l) => l.name === 'pushpull_work_units_total')) {
      runs.set(l.labels, [...(runs.get(l.labels) ?? []), l]);
    }
    expect(runs.size).toBeGreaterThan(10);
    const times = scrapes.map((l) => l.tSec);
    for (const samples of runs.values()) {
      expect(samples.every((l) => l.value === 5)).toBe(true); // a 5 s job's final total
      const first = times.indexOf(samples[0].tSec);
      expect(first).toBeGreaterThanOrEqual(0);
      expect(samples.map((l) => l.tSec)).toEqual(times.slice(first));
    }
  });

  it('leaves the engine outcome unchanged: the sink only listens', () => {
    const run = (samples?: PullSampleSink) => {
      const fleet = buildFleet(gatewayScenario);
      const engine = new PullEngine({
        scenario: gatewayScenario,
        fleet,
        buckets: new Buckets(fleet, gatewayScenario.resolutionSec),
        salts: saltsFor(gatewayScenario.seed),
        trace: new TraceRecorder(fleet, pickTraced(fleet)),
        samples,
      });
      while (!engine.done) engine.advance(1000);
      return engine.outcome();
    };
    const calls: number[] = [];
    const sink: PullSampleSink = {
      scrape: (i) => calls.push(i),
      gatewayPush: (i) => calls.push(i),
      gatewayScrape: (t) => calls.push(t),
    };
    expect(run(sink)).toEqual(run());
    expect(calls.length).toBeGreaterThan(0);
  });

  it('is accepted by promtool create-blocks-from openmetrics and reads back an instance the lab does not trace', () => {
    const fleet = buildFleet(fleetScenario);
    const traced = new Set(pickTraced(fleet));
    const k = Array.from({ length: 300 }, (_, i) => 299 - i).find((i) => !traced.has(i))!;
    const id = instanceId('web', k);
    const dir = mkdtempSync(join(tmpdir(), 'pushpull-om-'));
    dirs.push(dir);
    const file = join(dir, 'export.om');
    writeFileSync(file, text);
    const created = promtool(['tsdb', 'create-blocks-from', 'openmetrics', file, join(dir, 'data')]);
    expect(created.status, created.output).toBe(0);
    // promtool 2.42's dump opens the database read-only and needs a (here empty) write-ahead log.
    mkdirSync(join(dir, 'data', 'wal'));
    const dump = promtool(['tsdb', 'dump', '--match', `up{instance="${id}"}`, join(dir, 'data')]);
    expect(dump.status, dump.output).toBe(0);
    const expected = series(lines, 'up', `{instance="${id}",job="web"}`).map(
      (l) => `{__name__="up", instance="${id}", job="web"} 1 ${Math.round((START + l.tSec) * 1000)}`,
    );
    expect(expected).toHaveLength(8);
    expect(dump.output.trim().split('\n')).toEqual(expected);
  });
});
