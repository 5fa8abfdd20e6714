import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, USAGE } from './simulate';

async function simulate(argv: string[], stdin = '') {
  let out = '';
  let err = '';
  const code = await main(argv, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    readStdin: async () => stdin,
  });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'simulate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('simulate CLI', () => {
  it('prints the report as JSON for a scenario file', async () => {
    const { code, out, err } = await simulate([file('small.json', '{"durationSec": 120}')]);
    expect(code).toBe(0);
    expect(err).toBe('');
    const report = JSON.parse(out);
    expect(report.version).toBe(2);
    expect(report.scenario.durationSec).toBe(120);
    expect(report.pull.timeline).toHaveLength(8);
    expect(Object.keys(report.push)).toContain('countsLostRatio');
  });

  it('reads the scenario from standard input with -', async () => {
    const viaStdin = await simulate(['-'], '{"durationSec": 120}');
    const viaFile = await simulate([file('same.json', '{"durationSec": 120}')]);
    expect(viaStdin.code).toBe(0);
    expect(viaStdin.out).toBe(viaFile.out);
  });

  it('prints pull and push side by side with --format table, without the timeline', async () => {
    const { code, out } = await simulate(['-', '--format', 'table'], '{"durationSec": 120}');
    expect(code).toBe(0);
    expect(out).toMatch(/pull \(Prometheus\)\s+push \(HTTP\)/);
    expect(out).toMatch(/instances never seen\s+\d+ of \d+\s+\d+ of \d+/);
    expect(out).not.toContain('timeline');
    // Columns line up: every value row starts its pull column at the same offset.
    const rows = out.split('\n').filter((l) => /^(requests|bytes|counts lost) /.test(l));
    const offsets = rows.map((l) => l.search(/\s{3}\S/));
    expect(new Set(offsets).size).toBe(1);
  });

  it('documents its options with --help', async () => {
    const { code, out } = await simulate(['--help']);
    expect(code).toBe(0);
    expect(out).toBe(USAGE + '\n');
    expect(out).toContain('--format table');
  });

  it.each([
    [
      'an invalid scenario',
      ['-'],
      '{"pull": {"scrapeIntervalSec": 15, "scrapeTimeoutSec": 20}}',
      'pull.scrapeTimeoutSec: must be <= pull.scrapeIntervalSec (15 s)',
    ],
    ['bad JSON', ['-'], '{"durationSec": ', 'standard input is not valid JSON'],
    ['an unreadable file', [join(dir, 'missing.json')], '', 'ENOENT'],
    ['an unknown option', ['-', '--colour'], '{}', 'unknown option --colour'],
    [
      'a scenario over the event budget',
      ['-'],
      JSON.stringify({
        durationSec: 604800,
        resolutionSec: 60,
        services: [{ name: 'web', kind: 'long-running', count: 100000 }],
      }),
      'over the limit of 50,000,000',
    ],
  ])('exits 2 with the reason on stderr for %s', async (_, argv, stdin, reason) => {
    const { code, out, err } = await simulate(argv, stdin);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(reason);
    expect(err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('runs as a program: exit status and stderr from the real entry point', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/simulate.ts', '-'], {
      input: '{"durationSec": 0}',
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('durationSec: must be >= 1 s');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
