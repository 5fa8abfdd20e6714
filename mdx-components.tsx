import type { MDXComponents } from 'mdx/types';
import Link from 'next/link';
import type { ComponentProps } from 'react';

/*
 * Prose styles for MDX (required by @next/mdx in the App Router). Text blocks keep a ~70ch measure;
 * figures and simulations between them may use the column's full width. Lesson pages add their own
 * components (Sim, Quiz, Note, Artifact, Sources) on top.
 */
const measure = 'max-w-[70ch]';

const components: MDXComponents = {
  h2: (p) => <h2 className={`${measure} mt-12 mb-3 text-2xl font-bold tracking-tight text-balance`} {...p} />,
  h3: (p) => <h3 className={`${measure} mt-8 mb-2 text-lg font-semibold`} {...p} />,
  p: (p) => <p className={`${measure} my-4 leading-7 text-pretty`} {...p} />,
  ul: (p) => <ul className={`${measure} my-4 list-disc space-y-2 pl-6 leading-7`} {...p} />,
  ol: (p) => <ol className={`${measure} my-4 list-decimal space-y-2 pl-6 leading-7`} {...p} />,
  strong: (p) => <strong className="font-semibold" {...p} />,
  code: (p) => <code className="rounded bg-surface-2 px-1 py-0.5 text-[0.9em] [overflow-wrap:anywhere]" {...p} />,
  // Focusable, so keyboard users can scroll a wide listing.
  pre: (p) => <pre tabIndex={0} className="my-6 overflow-x-auto rounded-card bg-surface-2 p-4 text-sm" {...p} />,
  blockquote: (p) => <blockquote className={`${measure} my-6 border-l-4 border-border pl-4 text-muted`} {...p} />,
  a: ({ href = '', ...p }: ComponentProps<'a'>) => {
    const className = 'font-medium underline underline-offset-4 hover:decoration-2';
    return href.startsWith('/') ? (
      <Link href={href} className={className} {...p} />
    ) : (
      <a href={href} className={className} {...p} />
    );
  },
};

export function useMDXComponents(): MDXComponents {
  return components;
}
