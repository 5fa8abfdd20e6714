// Run by `npm run build` after `next build`: writes each page's hash-based Content-Security-Policy
// into out/**/*.html (see lib/site/csp.ts), so the policy always matches the inline scripts built.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { securePage } from '../lib/site/csp';

const out = new URL('../out/', import.meta.url).pathname;
if (!existsSync(join(out, 'index.html'))) {
  console.error('out/ has no build: run `next build` first.');
  process.exit(1);
}
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
for (const page of pages) {
  const file = join(out, page);
  writeFileSync(file, securePage(readFileSync(file, 'utf8'), sha256));
}
console.log(`Content-Security-Policy written into ${pages.length} pages.`);
