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

export default createMDX({})(nextConfig);
