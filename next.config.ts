import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import createMDX from '@next/mdx';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // A static site: `next build` writes every page to out/, servable by any static host.
  output: 'export',
  images: { unoptimized: true },
  reactStrictMode: true,
  // Lesson prose is MDX, compiled to static HTML at build time.
  pageExtensions: ['ts', 'tsx', 'mdx'],
};

// Plugins are named by absolute path (next runs from the project root): Turbopack passes loader
// options as JSON, so functions cannot travel. Its build cache does not track the plugin's own
// file, but it does track loader options: the file's hash, passed as an option the plugin ignores,
// makes an edited plugin recompile every lesson instead of serving stale cached output.
const plugin = resolve('lib/content/rehype-sections.mjs');
const revision = createHash('sha256').update(readFileSync(plugin)).digest('hex').slice(0, 12);
export default createMDX({ options: { rehypePlugins: [[plugin, { revision }]] } })(nextConfig);
