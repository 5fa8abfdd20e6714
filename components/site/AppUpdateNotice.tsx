'use client';

import { useEffect, useState } from 'react';
import type { Workbox } from 'workbox-window';
import { whenIdle } from '@/components/ui/whenIdle';

/** Written into the static export by scripts/sw.ts; `next dev` has none. */
const SERVICE_WORKER_URL = '/sw.js';
/** How long after load the page is left to settle before the precache starts (wall time). */
const SETTLE_AFTER_LOAD_MS = 8000;

/**
 * Registers the service worker that keeps the site working offline, and tells the learner when a
 * new deploy is ready. The new version waits (it never takes over a page mid-use) until the
 * learner chooses to reload; saved progress lives in localStorage, which no version touches.
 */
export function AppUpdateNotice() {
  const [waiting, setWaiting] = useState<Workbox | null>(null);
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    let cancelled = false;
    // In its own chunk, and only once the page has loaded, settled and the main thread is idle
    // (https://web.dev/articles/service-workers-registration, "Improving the boilerplate"). The
    // first install precaches every file of the site (about 160, 5.5 MB), which competes with the
    // page's own start: traced on a 2-core host, registering at the first idle moment after load
    // added 30-90 ms to the main thread's work in the page's first seconds.
    const register = () =>
      import('workbox-window')
        .then(({ Workbox }) => {
          if (cancelled) return;
          const workbox = new Workbox(SERVICE_WORKER_URL);
          workbox.addEventListener('waiting', () => setWaiting(workbox));
          return workbox.register();
        })
        // Offline use is an enhancement: where registration fails (private modes, blocked service
        // workers) the site works online as before, so there is nothing to tell the learner.
        .catch(() => undefined);
    let cancelIdle: (() => void) | undefined;
    let settle: ReturnType<typeof setTimeout> | undefined;
    const onLoad = () => {
      settle = setTimeout(() => (cancelIdle = whenIdle(() => void register(), 5000)), SETTLE_AFTER_LOAD_MS);
    };
    if (document.readyState === 'complete') onLoad();
    else window.addEventListener('load', onLoad, { once: true });
    return () => {
      cancelled = true;
      window.removeEventListener('load', onLoad);
      clearTimeout(settle);
      cancelIdle?.();
    };
  }, []);

  const reload = () => {
    if (!waiting) return;
    // Reload once the new version controls this page, so the page and its files are one build.
    waiting.addEventListener('controlling', () => window.location.reload());
    waiting.messageSkipWaiting();
  };

  return (
    <div role="status" aria-live="polite">
      {waiting && !dismissed ? (
        <div
          data-testid="app-update"
          className="fixed inset-x-3 bottom-3 z-50 mx-auto flex max-w-xl flex-wrap items-center justify-between gap-3 rounded-card border border-border bg-surface p-4 text-fg shadow-lg"
        >
          <p className="min-w-64 flex-1">A new version is available — reload to use it. What you saved is kept.</p>
          <div className="flex shrink-0 gap-2">
            <button type="button" className="lab-chip" onClick={reload}>
              Reload
            </button>
            <button type="button" className="lab-chip" onClick={() => setDismissed(true)}>
              Later
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
