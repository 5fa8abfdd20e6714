import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { main, MAX_INPUT_BYTES } from './simulate';

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

  it('documents with --help exactly the options it accepts, citing only files of this repository', async () => {
    const { code, out } = await simulate(['--help']);
    expect(code).toBe(0);
    // Every option line of the help ("  --format json   …") must run; any other option is refused.
    const options = [...out.matchAll(/^ {2}(-[-\w]*(?: \w+)?)/gm)].map((m) => m[1].split(' '));
    expect(options.map((o) => o.join(' '))).toEqual(['-', '--format json', '--format table', '-h']);
    for (const option of options.filter((o) => o[0].startsWith('--'))) {
      expect((await simulate(['-', ...option], '{"durationSec": 60}')).code).toBe(0);
    }
    expect((await simulate(['-h'])).out).toBe(out);
    expect((await simulate(['-', '--verbose'], '{}')).code).toBe(2);
    for (const [, path] of out.matchAll(/([\w./-]+\.(?:ts|md))/g)) expect(existsSync(path), path).toBe(true);
    expect(out).not.toMatch(/\bshared\//);
  });

  it('accepts a UTF-8 file that starts with a byte-order mark', async () => {
    const { code, out } = await simulate([file('bom.json', '\uFEFF{"durationSec": 120}')]);
    expect(code).toBe(0);
    expect(JSON.parse(out).scenario.durationSec).toBe(120);
  });

  it('says that --format needs a value', async () => {
    const { code, err } = await simulate(['-', '--format'], '{}');
    expect(code).toBe(2);
    expect(err).toContain('--format needs a value: json or table');
  });

  it('escapes control bytes and cuts long names in what it echoes', async () => {
    const key = `\u001b[31m${'k'.repeat(74_000)}`;
    const { code, err } = await simulate(['-'], JSON.stringify({ [key]: 1, durationSec: 0 }));
    expect(code).toBe(2);
    expect(err).not.toContain('\u001b');
    expect(err).toContain('\\x1b[31m');
    expect(err.length).toBeLessThan(1000);
    const option = await simulate(['-', '--\u0007\u009b2J']);
    expect(option.err).toContain('unknown option --\\x07\\x9b2J');
  });

  it('names the first five problems, then how many more', async () => {
    // Seven fields out of range, one problem each.
    const input = {
      seed: 'x',
      durationSec: -1,
      resolutionSec: -1,
      network: { lossRate: 2, clockSkewSec: -1 },
      pull: { scrapeIntervalSec: -1 },
      push: { pushIntervalSec: -1 },
    };
    const { code, err } = await simulate(['-'], JSON.stringify(input));
    expect(code).toBe(2);
    expect(err).toContain('Invalid scenario: 7 problems');
    const named = err.split('\n').filter((l) => l.startsWith('  '));
    expect(named).toHaveLength(6);
    expect(named.at(-1)).toBe('  and 2 more');
  });

  it('refuses a 49-million-instance scenario up front instead of running out of memory', async () => {
    const input = {
      durationSec: 604_800,
      resolutionSec: 60,
      pull: { scrapeIntervalSec: 3600 },
      push: { pushIntervalSec: 3600 },
      services: [
        { name: 'web', kind: 'long-running', count: 80, crashesPerHour: 3600, restartDelaySec: 0, onCrash: 'replace' },
      ],
    };
    const { code, err } = await simulate(['-'], JSON.stringify(input));
    expect(code).toBe(2);
    expect(err).toContain('48,384,080 instances'); // 80 slots × (1 + 604,800 crashes)
  });

  it('refuses an input larger than any scenario before parsing it', async () => {
    const { code, err } = await simulate(['-'], ' '.repeat(MAX_INPUT_BYTES + 1));
    expect(code).toBe(2);
    expect(err).toContain('not a scenario');
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

describe('simulate CLI input (fuzz)', () => {
  // Arguments: real options, their misspellings and arbitrary text (control characters included).
  const arg = fc.oneof(
    fc.constantFrom('-', '--format', '--format=json', '--format=table', 'json', 'table', '-h', '--', '--formatt'),
    fc.string({ unit: 'binary', maxLength: 40 }),
  );
  // Input: arbitrary text, arbitrary JSON, or a scenario with fields replaced by arbitrary values.
  const scenarioish = fc
    .dictionary(
      fc.constantFrom('durationSec', 'resolutionSec', 'seed', 'services', 'pull', 'push', 'network', 'x\u001b'),
      fc.jsonValue({ maxDepth: 3 }),
      { maxKeys: 4 },
    )
    .map((o) => JSON.stringify({ durationSec: 60, ...o }));
  const input = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
    scenarioish,
    scenarioish.map((t) => `\uFEFF${t}`),
  );
  const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

  it('never throws; exits 0 with a report, or 2 with a short, printable message', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arg, { maxLength: 4 }), input, async (argv, stdin) => {
        const { code, out, err } = await simulate(['-', ...argv], stdin);
        if (code === 0) {
          expect(err).toBe('');
          expect(out.length).toBeGreaterThan(0);
          return;
        }
        expect(code).toBe(2);
        expect(out).toBe('');
        expect(err).not.toMatch(CONTROL);
        expect(err.split('\n').length).toBeLessThanOrEqual(10);
        for (const line of err.split('\n')) expect(line.length).toBeLessThanOrEqual(300);
      }),
      { numRuns: 400 },
    );
  });
});
