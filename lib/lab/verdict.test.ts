import { describe, expect, it } from 'vitest';
import { defaultScenario, parseScenario, withPreset } from '../scenario/parse';
import { findPreset } from '../scenario/presets';
import { runScenario } from '../run/run';
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
