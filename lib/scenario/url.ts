/**
 * Scenario → URL query, so any lab view can be shared: `?v=3&preset=<id>&s=<base64url JSON>`.
 * `v` is the link format (not the scenario format, which travels inside the scenario); `s` is a
 * JSON merge patch over a frozen table of the defaults and presets (./link-base.ts), so a link
 * means the same scenario whatever later happens to the live defaults and presets. Reading a link
 * back (./url-decode.ts) needs the validator; this half does not, so the page can share without it.
 */
import { diff, type Json } from './json';
import { linkBaseFor, type LinkBase } from './link-base';
import { LINK_BASE_V1 } from './link-base-v1';
import { LINK_BASE_V2 } from './link-base-v2';
import type { Scenario } from './schema';

/**
 * The link format this code writes. Format 1 (the scenario format 1 era) laid its patch over the
 * live defaults and presets, which were frozen as LINK_BASE_V1 when format 2 began. Format 3 lays it
 * over LINK_BASE_V2, frozen once scenario format 2 landed, so a link does not carry every new field.
 */
export const LINK_FORMAT = 3;

/** The frozen table each link format is a difference from. */
export const LINK_BASES: Readonly<Record<number, LinkBase>> = { 1: LINK_BASE_V1, 2: LINK_BASE_V1, 3: LINK_BASE_V2 };

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
 * The query string (without `?`) for a scenario. It always names its format, even for a scenario
 * with nothing to carry: a bare `/lab` shows whatever the defaults are on the day it is opened.
 */
export function encodeScenario(scenario: Scenario, presetId: string | null): string {
  const params = new URLSearchParams();
  params.set('v', String(LINK_FORMAT));
  if (presetId) params.set('preset', presetId);
  const d = diff(scenario as unknown as Json, linkBaseFor(LINK_BASES[LINK_FORMAT], presetId));
  if (d !== undefined) params.set('s', toBase64Url(JSON.stringify(d)));
  return params.toString();
}
