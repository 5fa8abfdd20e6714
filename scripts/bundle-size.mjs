// Client JS per route (gzip), read from the static export: every script a page's HTML loads.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const out = new URL('../out/', import.meta.url).pathname;
const pages = readdirSync(out, { recursive: true }).filter((f) => f.endsWith('.html') && !f.startsWith('_'));
const gz = new Map();
const size = (src) => {
  if (!gz.has(src)) gz.set(src, gzipSync(readFileSync(join(out, src))).length);
  return gz.get(src);
};
const rows = pages.map((page) => {
  const html = readFileSync(join(out, page), 'utf8');
  const scripts = [
    ...new Set([...html.matchAll(/<script(?![^>]*noModule)[^>]+src="\/([^"]+\.js)"/g)].map((m) => m[1])),
  ];
  const total = scripts.reduce((sum, s) => sum + size(s), 0);
  return {
    page,
    scripts: scripts.length,
    'JS gzip (KiB)': +(total / 1024).toFixed(1),
    'HTML (KiB)': +(statSync(join(out, page)).size / 1024).toFixed(1),
  };
});
console.table(rows);
