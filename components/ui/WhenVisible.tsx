'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Renders its children once they come near the viewport, and keeps them from then on. Heavy
 * figures below the fold then cost nothing until the reader scrolls towards them.
 */
export function WhenVisible({
  children,
  placeholder,
  rootMargin = '400px',
  className,
}: {
  children: ReactNode;
  /** Shown until then; give it the children's approximate height so nothing jumps. */
  placeholder: ReactNode;
  rootMargin?: string;
  className?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || seen) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setSeen(true);
          observer.disconnect();
        }
      },
      { rootMargin },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [seen, rootMargin]);
  return (
    <div ref={ref} className={className}>
      {seen ? children : placeholder}
    </div>
  );
}
