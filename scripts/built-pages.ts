import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface BuiltPage {
  /** The HTML file, relative to out/. */
  file: string;
  /** The clean URL a static host serves it at (`/lessons/hybrid` for lessons/hybrid.html). */
  route: string;
}

/**
 * Every page of the static export: read from out/ (the build under test) rather than listed by
 * hand, so a new page is covered by the e2e checks and Lighthouse without editing them. Next's
 * internal `_not-found.html` is left out (hosts serve 404.html).
 */
export function builtPages(out = join(process.cwd(), 'out')): BuiltPage[] {
  return readdirSync(out, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('_'))
    .map((file) => ({ file, route: `/${file.replace(/\.html$/, '').replace(/(^|\/)index$/, '')}` }))
    .sort((a, b) => a.route.localeCompare(b.route));
}
