import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every page of the static export, as a route: read from out/ (the build under test) rather than
 * listed by hand, so a new page is covered without touching the tests. 404.html is reached by a
 * path that does not exist, as a host serves it.
 */
export function builtRoutes(): string[] {
  const out = join(process.cwd(), 'out');
  return readdirSync(out, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('_'))
    .map((f) => (f === '404.html' ? '/no-such-page' : `/${f.replace(/\.html$/, '').replace(/(^|\/)index$/, '')}`))
    .sort();
}
