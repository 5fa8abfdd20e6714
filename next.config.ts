import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // A static site: `next build` writes every page to out/, servable by any static host.
  output: 'export',
  images: { unoptimized: true },
  reactStrictMode: true,
};

export default nextConfig;
