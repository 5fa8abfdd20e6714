import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { promtool } from '../artifacts/promtool.test-helper';
import { defaultScenario } from '../scenario/parse';
import type { Report } from '../sim/report';
import { pullOpenMetrics } from './openmetrics';

// 2023-11-14T22:13:20Z: a round Unix second, far from any block boundary trouble.
const START = 1_700_000_000;

/** A job alive 10..20 s, scraped fine at 12 s and refused at 27 s (its target not yet removed). */
const report = {
  scenario: defaultScenario(),
  pull: {
    timeline: [
      { t: 0, alive: 3, expected: 3, received: 1, missed: 2, requests: 4, bytes: 100, failed: 1 },
      { t: 15, alive: 2, expected: 2, received: 2, missed: 0, requests: 2, bytes: 80, failed: 0 },
    ],
  },
  trace: [
    {
      id: 'batch-0',
      group: 'batch',
      kind: 'short-lived',
      startSec: 10,
      endSec: 20,
      crashed: false,
      truncated: false,
      events: [
        { t: 11, kind: 'discovered', engine: 'pull' },
        { t: 12, kind: 'scrape-ok', engine: 'pull' },
        { t: 14, kind: 'push-ok', engine: 'push' },
        { t: 27, kind: 'scrape-failed', engine: 'pull' },
      ],
    },
  ],
} as unknown as Report;

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('pullOpenMetrics', () => {
  const text = pullOpenMetrics(report, START);

  it('writes each scrape with its own timestamp and ends with # EOF', () => {
    expect(text).toContain('up{instance="batch-0",job="batch"} 1 1700000012.000\n');
    expect(text).toContain('up{instance="batch-0",job="batch"} 0 1700000027.000\n');
    // Read at 12 s by a job started at 10 s: 2 units of work.
    expect(text).toContain('pushpull_work_units_total{instance="batch-0",job="batch"} 2 1700000012.000\n');
    expect(text).not.toMatch(/1700000014/); // push events are not the pull side's
    expect(text.endsWith('# EOF\n')).toBe(true);
  });

  it('is accepted by promtool create-blocks-from openmetrics and reads back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pushpull-om-'));
    dirs.push(dir);
    const file = join(dir, 'export.om');
    writeFileSync(file, text);
    const created = promtool(['tsdb', 'create-blocks-from', 'openmetrics', file, join(dir, 'data')]);
    expect(created.status, created.output).toBe(0);
    // promtool 2.42's dump opens the database read-only and needs a (here empty) write-ahead log.
    mkdirSync(join(dir, 'data', 'wal'));
    const dump = promtool(['tsdb', 'dump', '--match', 'up{instance="batch-0"}', join(dir, 'data')]);
    expect(dump.status, dump.output).toBe(0);
    const lines = dump.output.trim().split('\n');
    expect(lines).toEqual([
      '{__name__="up", instance="batch-0", job="batch"} 1 1700000012000',
      '{__name__="up", instance="batch-0", job="batch"} 0 1700000027000',
    ]);
    const alive = promtool(['tsdb', 'dump', '--match', 'pushpull_alive_instances', join(dir, 'data')]);
    expect(alive.output).toContain('} 2 1700000015000');
  });
});
