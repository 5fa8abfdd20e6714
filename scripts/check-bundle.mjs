// `npm run check:bundle` (part of `npm test`, after the build): zod never reaches a page's main
// thread. For every page in out/, it follows every script the page loads, at once or later: the
// chunks its HTML names (script tags, preloads, the inline chunk lists and RSC payload) and every
// chunk those name in turn (lazy imports included), but not the chunk lists a `new Worker` starts
// with, which run in the simulation worker. None of those may contain zod; the worker's may.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const out = new URL('../out/', import.meta.url).pathname;
// zod 4 registers each class under its name ("$ZodType", "ZodError", ...), strings that survive
// minification. The check below proves the signature still matches zod as bundled in the worker.
const ZOD = /\$ZodType|"ZodError"/;
const CHUNK = /static\/chunks\/[\w.~-]+\.js/g;
// Turbopack starts a worker with its runtime chunk and the chunks it needs, as one literal list.
const WORKER_START = /"static\/chunks\/turbopack-worker-[\w.~-]+\.js",\[[^\]]*\]/g;

const text = new Map();
const read = (chunk) => {
  if (!text.has(chunk)) text.set(chunk, readFileSync(join(out, '_next', chunk), 'utf8'));
  return text.get(chunk);
};
const refs = (source) => [...new Set(source.replace(WORKER_START, '').match(CHUNK) ?? [])];

/** Every chunk a page's main thread may run: a closure over chunk references, minus worker starts. */
function mainThreadChunks(html) {
  const seen = new Set();
  const queue = refs(html);
  while (queue.length) {
    const chunk = queue.pop();
    if (seen.has(chunk)) continue;
    seen.add(chunk);
    queue.push(...refs(read(chunk)));
  }
  return seen;
}

const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
if (pages.length === 0) {
  console.error('out/ has no pages: run `npm run build` first.');
  process.exit(1);
}

const workerChunks = new Set();
const problems = [];
for (const page of pages) {
  const html = readFileSync(join(out, page), 'utf8');
  const main = mainThreadChunks(html);
  for (const chunk of main) {
    for (const start of read(chunk).match(WORKER_START) ?? []) for (const c of start.match(CHUNK)) workerChunks.add(c);
  }
  const withZod = [...main].filter((chunk) => ZOD.test(read(chunk)));
  if (withZod.length) problems.push(`${page}: zod on the main thread, in ${withZod.join(', ')}`);
}

if (![...workerChunks].some((chunk) => ZOD.test(read(chunk)))) {
  problems.push(
    "no simulation-worker chunk matches zod's signature: the worker no longer starts from a chunk list or zod's bundled form changed; update this check",
  );
}
if (problems.length) {
  console.error(`check:bundle failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check:bundle: zod stays off the main thread of ${pages.length} pages; the worker has it.`);
