'use client';

import { useEffect, useState } from 'react';
import type { Workbox } from 'workbox-window';
import { whenIdle } from '@/components/ui/whenIdle';

/** Written into the static export by scripts/sw.ts; `next dev` has none. */
const SERVICE_WORKER_URL = '/sw.js';

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
    // In its own chunk, and only once the page has loaded and the main thread is idle: fetching
    // and running workbox and the registration then stay out of the load's main-thread work
    // (https://web.dev/articles/service-workers-registration, "Improving the boilerplate").
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
    const onLoad = () => {
      cancelIdle = whenIdle(() => void register(), 5000);
    };
    if (document.readyState === 'complete') onLoad();
    else window.addEventListener('load', onLoad, { once: true });
    return () => {
      cancelled = true;
      window.removeEventListener('load', onLoad);
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
