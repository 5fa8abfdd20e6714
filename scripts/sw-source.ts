// The service worker, bundled into out/sw.js by scripts/sw.ts, which also fills in the precache
// manifest (self.__WB_MANIFEST): every file of the static export, revisioned by its content.
import { clientsClaim } from 'workbox-core';
import { addPlugins, cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import type { PrecacheEntry } from 'workbox-precaching';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };

// A Web Worker takes its location from its script's response. Turbopack starts the simulation
// worker with its chunk list in the query (?params=…), but a cached response carries the URL it was
// cached under, without it. A copy without a URL makes the worker keep the URL it was started with.
addPlugins([
  {
    cachedResponseWillBeUsed: async ({ cachedResponse, event }) =>
      cachedResponse && event instanceof FetchEvent && event.request.destination === 'worker'
        ? new Response(cachedResponse.body, cachedResponse)
        : cachedResponse,
  },
]);

// Clean URLs (/lessons/hybrid is lessons/hybrid.html, / is index.html) are Workbox's defaults.
// Any query maps to the file itself: /study?set=…, Next's ?_rsc=… payloads, the worker's ?params=….
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();
// On first install no older worker controls the page: take it at once, so it works offline from
// the first visit. An update instead waits for the learner (below).
clientsClaim();

// A new version waits until the learner agrees to reload (components/site/AppUpdateNotice.tsx sends
// this, through workbox-window), so no open page ever runs against another build's files.
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
