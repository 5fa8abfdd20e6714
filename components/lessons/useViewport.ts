'use client';

import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether an element is within `rootMargin` of the viewport (`near`), and whether it ever was
 * (`reached`). Lesson simulations load when first reached and run only while near.
 */
export function useViewport(ref: RefObject<Element | null>, rootMargin = '0px') {
  const [state, setState] = useState({ near: false, reached: false });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new IntersectionObserver(
      ([entry]) => setState((s) => ({ near: entry.isIntersecting, reached: s.reached || entry.isIntersecting })),
      { rootMargin },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, rootMargin]);
  return state;
}
