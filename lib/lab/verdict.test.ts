import { describe, expect, it } from 'vitest';
import { defaultScenario, parseScenario, withPreset } from '../scenario/parse';
import { findPreset } from '../scenario/presets';
import { runScenario } from '../run/run';
import { buildFleet, crashesOf } from '../sim/fleet';
import type { Report } from '../sim/report';
import { figureRows } from './figures';
import { setIn } from './path';
import { verdict } from './verdict';

const cache = new Map<string, Report>();
function reportFor(presetId: string, tweak: (s: ReturnType<typeof defaultScenario>) => typeof s = (s) => s): Report {
  const key = presetId + tweak.toString();
  const hit = cache.get(key);
  if (hit) return hit;
  const r = parseScenario(tweak(withPreset(findPreset(presetId)!) as never));
  if (!r.ok) throw r.error;
  const report = runScenario(r.scenario)!;
  cache.set(key, report);
  return report;
}

describe('verdict', () => {
  it.each([
    ['ci-serverless', 'short-jobs'],
    ['iot-nat', 'firewall'],
    ['thundering-herd', 'overload'],
    ['drifting-clocks', 'clock-skew'],
    ['pushgateway-wrong', 'gateway-ghosts'],
    ['rolling-deploy', 'crashes-unnoticed'],
    ['remote-write-throttled', 'throttle-dropped'],
    ['cloudwatch-delta', 'counts-duplicated'],
    ['label-explosion', 'sample-limit'],
  ])('leads with what the %s preset is about (%s)', (preset, finding) => {
    const v = verdict(reportFor(preset));
    expect(v.headline?.id).toBe(finding);
    expect(v.headline?.what).toMatch(/\d/);
    expect(v.headline?.why.length).toBeGreaterThan(40);
  });

  it('explains crash detection when instances crash, pull being faster', () => {
    const v = verdict(reportFor('kubernetes'));
    const f = [v.headline, ...v.more].find((x) => x?.id === 'dead-detection');
    expect(f?.what).toMatch(/pull/);
    const r = reportFor('kubernetes');
    expect(r.pull.deadDetectionSecMean!).toBeLessThan(r.push.deadDetectionSecMean!);
  });

  it('blames static discovery, not job length, when the target list is static', () => {
    const v = verdict(reportFor('ci-serverless', (s) => setIn(s, 'pull.discovery', 'static')));
    expect(v.headline?.id).toBe('static-discovery');
  });

  it('warns when the chart bucket is narrower than an interval, and only then', () => {
    expect(verdict(reportFor('flaky-network')).caveats).toEqual([]);
    const narrow = verdict(reportFor('flaky-network', (s) => setIn(s, 'resolutionSec', 5)));
    expect(narrow.caveats.join(' ')).toMatch(/narrower/);
  });
});

describe('verdict on version 2 behaviour', () => {
  const all = (r: Report) => {
    const v = verdict(r);
    return [v.headline, ...v.more].filter((f) => f !== null);
  };
  const find = (r: Report, id: string) => all(r).find((f) => f.id === id);

  it('counts the replaced pods an up == 0 alert would have missed, out of every crash', () => {
    const r = reportFor('rolling-deploy');
    const fleet = buildFleet(r.scenario);
    let crashes = 0;
    for (let i = 0; i < fleet.size; i++) crashes += crashesOf(fleet, i);
    const f = find(r, 'crashes-unnoticed')!;
    expect(f.what).toContain(`would have missed ${r.pull.deadUndetected} of ${crashes} replaced pods`);
    expect(f.why).toMatch(/absent\(/);
  });

  it('blames push for restarts in place that come back before the silence counts', () => {
    // Kubernetes: restarts after 20–30 s; push needs 3 × 15 s of silence, pull scrapes every 15 s.
    const f = find(reportFor('kubernetes'), 'crashes-unnoticed')!;
    expect(f.what).toMatch(/^Push never noticed/);
    expect(f.why).toMatch(/restarted in place/);
  });

  it('says dropped 429s are gone, and explains retried overload otherwise', () => {
    const drop = reportFor('remote-write-throttled');
    expect(find(drop, 'throttle-dropped')?.why).toMatch(/retry_on_http_429/);
    expect(find(drop, 'overload')).toBeUndefined();
    const retry = reportFor('remote-write-throttled', (s) => setIn(s, 'push.onThrottle', 'retry'));
    expect(find(retry, 'throttle-dropped')).toBeUndefined();
  });

  it('names double counting only for delta pushes', () => {
    const delta = reportFor('cloudwatch-delta');
    expect(find(delta, 'counts-duplicated')?.what).toMatch(/twice/);
    expect(find(delta, 'loss')?.why).toMatch(/deltas/);
    const cumulative = reportFor('cloudwatch-delta', (s) => setIn(s, 'push.temporality', 'cumulative'));
    expect(find(cumulative, 'counts-duplicated')).toBeUndefined();
    expect(find(cumulative, 'loss')?.why).not.toMatch(/these pushes carry deltas/);
  });

  it('names the group over sample_limit, and nothing without a limit', () => {
    const f = find(reportFor('label-explosion'), 'sample-limit')!;
    expect(f.what).toContain('“checkout”');
    expect(f.what).not.toContain('“api”');
    expect(
      find(
        reportFor('label-explosion', (s) => setIn(s, 'pull.sampleLimit', 0)),
        'sample-limit',
      ),
    ).toBeUndefined();
  });
});

describe('figure rows', () => {
  it('mark the better side per figure, and no side on a tie', () => {
    const rows = Object.fromEntries(figureRows(reportFor('ci-serverless')).map((r) => [r.id, r]));
    expect(rows['never-seen'].better).toBe('push');
    expect(rows['config-places'].better).toBe('pull');
    expect(rows['stale-series'].better).toBeNull(); // 0 and 0
    expect(rows['dead-detection'].pull).toBe('no crashes');

    const herd = Object.fromEntries(figureRows(reportFor('thundering-herd')).map((r) => [r.id, r]));
    expect(herd['load-peak'].better).toBe('pull');
    expect(herd['failed'].better).toBe('pull');
  });

  it('show never-seen as a count of the total', () => {
    const r = reportFor('iot-nat');
    const row = figureRows(r).find((x) => x.id === 'never-seen')!;
    expect(row.pull).toBe(`${r.pull.servicesNeverSeen} of ${r.pull.servicesTotal}`);
  });
});
