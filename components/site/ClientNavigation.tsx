'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { CLIENT_LINK_ATTRIBUTE } from '@/components/ui/Link';
import { clientNavigationPath } from '@/lib/site/navigation';

/** The `Link` anchor an event came from, or null. */
function linkOf(event: Event): HTMLAnchorElement | null {
  const anchor = event.target instanceof Element ? event.target.closest(`a[${CLIENT_LINK_ATTRIBUTE}]`) : null;
  return anchor instanceof HTMLAnchorElement ? anchor : null;
}

/**
 * What `next/link` does for each link, done once for the whole document by delegation: a plain
 * click on a `Link` navigates client-side, and pointing at, focusing or touching one prefetches
 * its page. Listening on the document after React's own root listener, it sees any handler's
 * `preventDefault`.
 */
export function ClientNavigation() {
  const router = useRouter();
  useEffect(() => {
    const origin = window.location.origin;
    const prefetched = new Set<string>();
    const prefetch = (event: Event) => {
      const anchor = linkOf(event);
      const url = anchor && new URL(anchor.href);
      if (!url || url.origin !== origin) return;
      const page = url.pathname + url.search;
      if (prefetched.has(page)) return;
      prefetched.add(page);
      router.prefetch(page);
    };
    const navigate = (event: MouseEvent) => {
      const anchor = linkOf(event);
      if (!anchor) return;
      const path = clientNavigationPath(
        {
          button: event.button,
          modified: event.metaKey || event.ctrlKey || event.shiftKey || event.altKey,
          defaultPrevented: event.defaultPrevented,
          target: anchor.getAttribute('target'),
          download: anchor.hasAttribute('download'),
          href: anchor.href,
        },
        origin,
      );
      if (path === null) return;
      event.preventDefault();
      router.push(path);
    };
    const intents = ['mouseover', 'focusin', 'touchstart'] as const;
    for (const type of intents) document.addEventListener(type, prefetch, { passive: true });
    document.addEventListener('click', navigate);
    return () => {
      for (const type of intents) document.removeEventListener(type, prefetch);
      document.removeEventListener('click', navigate);
    };
  }, [router]);
  return null;
}
