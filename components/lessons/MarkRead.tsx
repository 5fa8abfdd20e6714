'use client';

import { useEffect, useRef } from 'react';
import { markRead } from '@/lib/lessons/progress';
import { updateLessonProgress } from './useProgress';

/** Placed at the end of a lesson: reaching it counts the lesson as read. */
export function MarkRead({ slug }: { slug: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new IntersectionObserver(([entry]) => {
      if (entry.isIntersecting) updateLessonProgress((p) => markRead(p, slug));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [slug]);
  return <div ref={ref} aria-hidden="true" className="h-px" />;
}
