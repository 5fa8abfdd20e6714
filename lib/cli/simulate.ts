/**
 * `npm run simulate -- <scenario.json | -> [--format json|table]`
 *
 * Reads a scenario, runs it, prints the report. Exit 0 on success; 2 with a message on stderr for
 * input that cannot run (unreadable file, bad JSON, invalid scenario, over the budget). Everything
 * echoed from the input is escaped and cut (lib/text/bounded.ts), and the budget refuses a run before it
 * could run out of memory.
 */
import { readFile, stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseScenario, ScenarioError, type FieldIssue } from '../scenario/parse';
import { checkBudget, runScenario } from '../run/run';
import { firstFew, printable } from '../text/bounded';
import { formatTable } from './table';

export const USAGE = `Usage: npm run simulate -- <scenario.json | -> [--format json|table]

Runs one scenario through the pull and the push engine and prints the report.

  <scenario.json>   a scenario file (UTF-8 JSON; its fields: lib/scenario/schema.ts); {} runs every default
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
      if (v === undefined) throw new InputError('--format needs a value: json or table');
      if (v !== 'json' && v !== 'table')
        throw new InputError(`--format must be "json" or "table", not ${printable(JSON.stringify(v))}`);
      format = v;
    } else if (a.startsWith('-') && a !== '-') throw new InputError(`unknown option ${printable(a)}`);
    else if (source !== undefined) throw new InputError('give one scenario file (or - for standard input)');
    else source = a;
  }
  if (source === undefined) throw new InputError('missing the scenario file (or - for standard input)');
  return { source, format };
}

/** A scenario is a few KB; anything far larger is not one, and is refused before it is read. */
export const MAX_INPUT_BYTES = 1 << 20;
const TOO_LARGE = `is larger than ${MAX_INPUT_BYTES.toLocaleString('en-US')} bytes: not a scenario`;

/** A byte-order mark some editors write at the start of a UTF-8 file; JSON.parse rejects it. */
const BOM = '\uFEFF';

async function readSource(source: string, io: Io): Promise<unknown> {
  const name = source === '-' ? 'standard input' : printable(source);
  let text: string;
  try {
    if (source !== '-' && (await stat(source)).size > MAX_INPUT_BYTES) throw new InputError(`${name} ${TOO_LARGE}`);
    text = source === '-' ? await io.readStdin() : await readFile(source, 'utf8');
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${name}: ${printable((e as NodeJS.ErrnoException).code ?? String(e))}`);
  }
  if (text.length > MAX_INPUT_BYTES) throw new InputError(`${name} ${TOO_LARGE}`);
  try {
    return JSON.parse(text.startsWith(BOM) ? text.slice(1) : text);
  } catch (e) {
    throw new InputError(`${name} is not valid JSON: ${printable((e as Error).message, 200)}`);
  }
}

/** The scenario's problems, the first few of them, each escaped and cut. */
function describeIssues(issues: readonly FieldIssue[]): string {
  const lines = issues.map((i) => `${printable(i.path || '(scenario)', 60)}: ${printable(i.message, 200)}`);
  const head = issues.length === 1 ? 'Invalid scenario: 1 problem' : `Invalid scenario: ${issues.length} problems`;
  return [head, ...firstFew(lines).map((l) => `  ${l}`)].join('\n');
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
    if (e instanceof ScenarioError) io.stderr(describeIssues(e.issues) + '\n');
    else if (e instanceof InputError) io.stderr(`${e.message}\n(--help shows the usage)\n`);
    else {
      io.stderr(`simulate failed: ${printable(String((e as Error)?.message ?? e), 200)}\n`);
      return 1;
    }
    return 2;
  }
}

/** Standard input, stopping just past MAX_INPUT_BYTES (the caller refuses it then). */
async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of stream) {
    chunks.push(Buffer.from(chunk as Buffer));
    bytes += chunks.at(-1)!.length;
    if (bytes > MAX_INPUT_BYTES) break;
  }
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
