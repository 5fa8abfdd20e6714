import type { MDXComponents } from 'mdx/types';

// Required by @next/mdx in the App Router; lesson pages pass their own components on top.
const components: MDXComponents = {};

export function useMDXComponents(): MDXComponents {
  return components;
}
