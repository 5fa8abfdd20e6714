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
// file: after editing the plugin, delete .next/ before building.
export default createMDX({ options: { rehypePlugins: [resolve('lib/content/rehype-sections.mjs')] } })(nextConfig);
