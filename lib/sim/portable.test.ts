/** The model runs unchanged in a Web Worker and in Node: no platform API may creep into it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FORBIDDEN = [
  /from 'node:/,
  /require\(/,
  /\bprocess\./,
  /\bwindow\./,
  /\bdocument\./,
  /\bDate\.now\(/,
  /Math\.random\(/,
];

describe.each(['lib/sim', 'lib/engines', 'lib/run'])('%s', (dir) => {
  const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

  it.each(sources)('%s uses no Node, DOM, clock or unseeded randomness', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const pattern of FORBIDDEN) expect(text, `${file} matches ${pattern}`).not.toMatch(pattern);
  });
});
