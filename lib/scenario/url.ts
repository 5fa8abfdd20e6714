/**
 * Scenario → URL query, so any lab view can be shared. The query carries only what differs from
 * the defaults (`?v=1&s=<base64url JSON>`), plus the preset it started from. Reading a link back
 * (./url-decode.ts) needs the validator; this half does not, so the page can share without it.
 */
import { diff, type Json } from './json';
import type { Scenario } from './schema';
import { SCENARIO_VERSION } from './version';

export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(s: string): string {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

/**
 * The query string (without `?`) for a scenario; empty for the defaults with no preset. `base` is
 * the scenario the preset stands for (the defaults without one): the link carries what differs
 * from it, since that is what a reader lays the link over.
 */
export function encodeScenario(scenario: Scenario, presetId: string | null, base: Scenario): string {
  const params = new URLSearchParams();
  params.set('v', String(SCENARIO_VERSION));
  if (presetId) params.set('preset', presetId);
  const d = diff(scenario as unknown as Json, base as unknown as Json);
  if (d !== undefined) params.set('s', toBase64Url(JSON.stringify(d)));
  return params.size > 1 ? params.toString() : '';
}
