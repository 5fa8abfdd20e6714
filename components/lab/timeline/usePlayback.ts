'use client';

import { useEffect, useState, useSyncExternalStore, type RefObject } from 'react';
import { useMediaQuery } from '@/components/ui/useMediaQuery';
import * as clock from '@/lib/lab/playback';

function subscribeVisibility(onChange: () => void) {
  document.addEventListener('visibilitychange', onChange);
  return () => document.removeEventListener('visibilitychange', onChange);
}

/** True while any part of the element is in the viewport: no animating what nobody can see. */
function useOnScreen(ref: RefObject<Element | null>): boolean {
  const [onScreen, setOnScreen] = useState(true);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new IntersectionObserver(([entry]) => setOnScreen(entry.isIntersecting));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return onScreen;
}

/**
 * The playback clock wired to the browser: requestAnimationFrame while playing, paused while the
 * element is off-screen or the tab is hidden, and never animated under prefers-reduced-motion (the
 * clock starts on the final state, and seeking and stepping still work).
 */
export function usePlayback(durationSec: number, ref: RefObject<Element | null>) {
  const [state, setState] = useState(() => clock.initialPlayback(durationSec));
  const [forDuration, setForDuration] = useState(durationSec);
  if (forDuration !== durationSec) {
    // A new run of another length: back to its final state (adjusting state while rendering, not in an effect).
    setForDuration(durationSec);
    setState(clock.initialPlayback(durationSec, state.speed));
  }

  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const pageVisible = useSyncExternalStore(
    subscribeVisibility,
    () => document.visibilityState === 'visible',
    () => true,
  );
  const onScreen = useOnScreen(ref);
  const animating = state.playing && !reducedMotion && pageVisible && onScreen;

  useEffect(() => {
    if (!animating) return;
    let last: number | null = null; // the first frame after a (re)start advances nothing
    let id = requestAnimationFrame(function frame(now) {
      const deltaMs = last === null ? 0 : now - last;
      last = now;
      setState((s) => clock.advance(s, deltaMs, durationSec));
      id = requestAnimationFrame(frame);
    });
    return () => cancelAnimationFrame(id);
  }, [animating, durationSec]);

  return {
    tSec: state.tSec,
    speed: state.speed,
    /** Playing as the learner sees it: reduced motion never plays. */
    playing: state.playing && !reducedMotion,
    reducedMotion,
    toggle: () => {
      if (!reducedMotion) setState((s) => clock.togglePlay(s, durationSec));
    },
    step: (direction: 1 | -1, stepSec: number) => setState((s) => clock.step(s, direction, stepSec, durationSec)),
    seek: (tSec: number) => setState((s) => clock.seek(s, tSec, durationSec)),
    setSpeed: (speed: number) => setState((s) => clock.setSpeed(s, speed)),
  };
}
