// Run by `npm run build` after scripts/csp.ts: writes out/sw.js, the service worker of
// scripts/sw-source.ts with a precache manifest of the whole static export (every page's HTML and
// RSC payload, the JS/CSS chunks, the simulation worker's chunks, icons), so lessons, the lab and
// study work offline once visited. It runs last so each page's precache revision is the hash of
// its final HTML (CSP meta included).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';

const out = new URL('../out/', import.meta.url).pathname;
if (!existsSync(join(out, 'index.html'))) {
  console.error('out/ has no build: run `next build` first.');
  process.exit(1);
}

const temp = mkdtempSync(join(tmpdir(), 'sw-'));
try {
  const bundled = join(temp, 'sw.js');
  await build({
    entryPoints: [new URL('sw-source.ts', import.meta.url).pathname],
    outfile: bundled,
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    // Workbox's development logging is dropped when NODE_ENV is production.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const { count, size, warnings } = await injectManifest({
    swSrc: bundled,
    swDest: join(out, 'sw.js'),
    globDirectory: out,
    globPatterns: ['**/*.{html,txt,js,css,woff2,svg,png,ico,webmanifest}'],
    globIgnores: [
      'sw.js',
      // Next's internal not-found page (hosts serve 404.html), source maps, and the images only
      // other sites and the README load.
      '_not-found*',
      '_not-found/**',
      '**/*.map',
      'og.png',
      'readme-home.png',
    ],
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
    // Chunk names carry their content hash: their URL is their revision.
    dontCacheBustURLsMatching: /^_next\/static\//,
  });
  for (const warning of warnings) console.warn(`sw: ${warning}`);
  console.log(`Service worker written: ${count} files precached (${(size / 1024 / 1024).toFixed(1)} MB).`);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
