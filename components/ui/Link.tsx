'use client';

import NextLink from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps } from 'react';

/**
 * `next/link` that prefetches on intent (pointer over it, focus, touch) instead of on sight.
 * Viewport prefetching fetched and decoded every linked page's payload during load (the header
 * and footer alone link four pages), which cost more main-thread time than the page itself.
 */
export function Link({ href, onMouseEnter, onFocus, onTouchStart, ...props }: ComponentProps<typeof NextLink>) {
  const router = useRouter();
  const target = typeof href === 'string' && href.startsWith('/') ? href : null;
  const prefetch = () => {
    if (target) router.prefetch(target);
  };
  return (
    <NextLink
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={(e) => {
        prefetch();
        onMouseEnter?.(e);
      }}
      onFocus={(e) => {
        prefetch();
        onFocus?.(e);
      }}
      onTouchStart={(e) => {
        prefetch();
        onTouchStart?.(e);
      }}
    />
  );
}
