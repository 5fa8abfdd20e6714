/**
 * `npm run simulate -- <scenario.json | -> [--format json|table]`
 *
 * Reads a scenario, runs it, prints the report. Exit 0 on success; 2 with a message on stderr for
 * input that cannot run (unreadable file, bad JSON, invalid scenario, over the event budget).
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseScenario, ScenarioError } from '../scenario/parse';
import { checkBudget, runScenario } from '../run/run';
import { formatTable } from './table';

export const USAGE = `Usage: npm run simulate -- <scenario.json | -> [--format json|table]

Runs one scenario through the pull and the push engine and prints the report.

  <scenario.json>   a scenario file (see shared/spec/scenario.md); {} runs every default
  -                 read the scenario from standard input
  --format json     the full report as JSON (default)
  --format table    pull and push outcomes side by side, for a person
  -h, --help        this help

Exit status: 0 on success, 2 when the input cannot run (unreadable, bad JSON, invalid, over budget).`;

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
}

class InputError extends Error {}

interface Args {
  source: string;
  format: 'json' | 'table';
}

function parseArgs(argv: string[]): Args | 'help' {
  let source: string | undefined;
  let format: Args['format'] = 'json';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') return 'help';
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a === '--format' ? argv[++i] : a.slice('--format='.length);
      if (v !== 'json' && v !== 'table')
        throw new InputError(`--format must be "json" or "table", not ${JSON.stringify(v)}`);
      format = v;
    } else if (a.startsWith('-') && a !== '-') throw new InputError(`unknown option ${a}`);
    else if (source !== undefined) throw new InputError('give one scenario file (or - for standard input)');
    else source = a;
  }
  if (source === undefined) throw new InputError('missing the scenario file (or - for standard input)');
  return { source, format };
}

async function readSource(source: string, io: Io): Promise<unknown> {
  let text: string;
  try {
    text = source === '-' ? await io.readStdin() : await readFile(source, 'utf8');
  } catch (e) {
    throw new InputError(`cannot read ${source}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError(`${source === '-' ? 'standard input' : source} is not valid JSON: ${(e as Error).message}`);
  }
}

/** Returns the exit status. */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args === 'help') {
      io.stdout(USAGE + '\n');
      return 0;
    }
    const parsed = parseScenario(await readSource(args.source, io));
    if (!parsed.ok) throw parsed.error;
    const overBudget = checkBudget(parsed.scenario);
    if (overBudget) throw new ScenarioError([overBudget]);
    const report = runScenario(parsed.scenario)!;
    io.stdout((args.format === 'table' ? formatTable(report) : JSON.stringify(report, null, 2)) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof ScenarioError) io.stderr(e.message + '\n');
    else if (e instanceof InputError) io.stderr(`${e.message}\n(--help shows the usage)\n`);
    else {
      io.stderr(`simulate failed: ${(e as Error).message}\n`);
      return 1;
    }
    return 2;
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const code = await main(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readStdin: () => readAll(process.stdin),
  });
  process.exitCode = code;
}
