import { describe, expect, it } from 'vitest';
import { scenarioOrThrow } from '../scenario/parse';
import { runScenario } from '../run/run';
import { timelineCsv } from './csv';

describe('timelineCsv', () => {
  it('has a header and one row per bucket whose columns add up to the outcomes', () => {
    const report = runScenario(scenarioOrThrow({ durationSec: 300, resolutionSec: 30 }))!;
    const lines = timelineCsv(report).trimEnd().split('\n');
    const header = lines[0].split(',');
    expect(header.slice(0, 3)).toEqual(['t_sec', 'alive', 'pull_expected']);
    expect(lines).toHaveLength(1 + 300 / 30);
    const col = (name: string) => lines.slice(1).map((l) => Number(l.split(',')[header.indexOf(name)]));
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(col('t_sec')).toEqual([0, 30, 60, 90, 120, 150, 180, 210, 240, 270]);
    expect(sum(col('pull_received'))).toBe(report.pull.samplesReceived);
    expect(sum(col('push_expected'))).toBe(report.push.samplesExpected);
    expect(sum(col('push_requests'))).toBe(report.push.requests);
  });
});
