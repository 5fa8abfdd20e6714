'use client';

import { useEffect, useState, type RefObject } from 'react';

/** The element's content width in CSS px, following resizes; `initial` until the first measurement. */
export function useWidth(ref: RefObject<HTMLElement | null>, initial: number): number {
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Measured once now too: inside content-visibility: auto, nothing is observed until on screen.
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(([entry]) => setWidth(Math.round(entry.contentRect.width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
