import type { ComponentProps } from 'react';

/** Marks the anchors that `components/site/ClientNavigation` turns into client-side navigations. */
export const CLIENT_LINK_ATTRIBUTE = 'data-client-link';

/**
 * An internal link: a plain `<a>`, so pages render and hydrate it as HTML rather than as one
 * `next/link` client component per link (a lesson hydrated ~40, each with its router hooks and
 * ref). One listener in the layout (`ClientNavigation`) navigates client-side on click, and
 * prefetches on intent (pointer over it, focus, touch), never on sight: viewport prefetching
 * fetched and decoded every linked page's payload during load.
 */
export function Link({ href, ...props }: ComponentProps<'a'> & { href: string }) {
  return <a {...props} href={href} {...{ [CLIENT_LINK_ATTRIBUTE]: '' }} />;
}
