/**
 * URL query → scenario, the other half of ./url.ts. Decoding never throws: a malformed,
 * out-of-range, hostile or foreign link opens with valid values and says, briefly, what it
 * dropped. The patch is laid over the frozen table its link format names (a hand-written link
 * without a format means today's preset), and the result goes through `parseScenario`, so a
 * scenario-format migration there applies to old links as well. It validates, so in the browser
 * it runs in the simulation worker, away from the page's main thread.
 */
import { boundedList, printable } from '../text/bounded';
import { isObject, merge, nestingDepth, type Json, type JsonObject } from './json';
import { linkBaseFor } from './link-base';
import { defaultScenario, parseScenario, withPreset } from './parse';
import { findPreset } from './presets';
import type { Scenario } from './schema';
import { fromBase64Url, LINK_BASES, LINK_FORMAT } from './url';

export interface DecodedLink {
  scenario: Scenario;
  presetId: string | null;
  /** Human-readable notes on anything that could not be used or was converted; empty for a clean link. */
  notices: string[];
}

/** Said when the scenario format changed since the link was made and parseScenario migrated it. */
export const MIGRATED_NOTICE =
  'This link was made by an earlier version of the lab; its settings were carried over to this one.';

/** Far more than any scenario needs (12 service groups with every field at full length take 4,207; see the
 * tests), far less than what would hurt. */
export const MAX_SETTINGS_CHARS = 16_000;
/** A scenario nests 4 deep (scenario → services → group → lifetimeSec); anything much deeper is not one. */
export const MAX_DEPTH = 8;

/** Removes the value at `path`. A service whose kind or name is bad is removed whole: it cannot be repaired. */
function dropPath(root: Json, path: (string | number)[]): boolean {
  const isIdentity = path.length === 3 && path[0] === 'services' && (path[2] === 'kind' || path[2] === 'name');
  const target = isIdentity ? path.slice(0, 2) : path;
  let parent: Json | undefined = root;
  for (const key of target.slice(0, -1)) {
    parent = Array.isArray(parent) ? parent[Number(key)] : isObject(parent) ? parent[String(key)] : undefined;
  }
  const last = target[target.length - 1];
  if (Array.isArray(parent) && typeof last === 'number' && last < parent.length) {
    parent.splice(last, 1);
    return true;
  }
  if (isObject(parent) && Object.hasOwn(parent, String(last))) {
    delete parent[String(last)];
    return true;
  }
  return false;
}

const segments = (path: string) => (path === '' ? [] : path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)));
const dotted = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** Parses `candidate`, dropping bad fields until what is left is valid (or giving up on all of it). */
function salvage(candidate: Json): { scenario: Scenario; dropped: string[] } {
  const dropped: string[] = [];
  const current = structuredClone(candidate);
  for (let round = 0; round < 8; round++) {
    const r = parseScenario(current);
    if (r.ok) return { scenario: r.scenario, dropped };
    let progressed = false;
    for (const issue of r.error.issues) {
      const path = segments(issue.path);
      if (issue.kind === 'unknown-keys') {
        for (const key of issue.keys) {
          progressed = dropPath(current, [...path, key]) || progressed;
          dropped.push(`${printable(dotted(issue.path, key), 60)} (unknown)`);
        }
      } else if (path.length && dropPath(current, path)) {
        progressed = true;
        dropped.push(printable(`${issue.path} (${issue.message})`, 160));
      }
    }
    if (!progressed) break;
    if (isObject(current) && Array.isArray(current.services) && current.services.length === 0) delete current.services;
  }
  return { scenario: defaultScenario(), dropped: ['every setting (the link could not be read)'] };
}

const UNREADABLE = 'The link’s settings could not be read (it may have been cut short); defaults are shown.';

/** The link's patch, or why there is none. Bounds are checked on the text, before anything walks it. */
function readPatch(encoded: string | null): { patch: JsonObject; notice?: string } {
  if (!encoded) return { patch: {} };
  if (encoded.length > MAX_SETTINGS_CHARS) {
    return {
      patch: {},
      notice: `The link’s settings are too long to be a scenario (${encoded.length} characters); defaults are shown.`,
    };
  }
  let text: string;
  try {
    text = fromBase64Url(encoded);
  } catch {
    return { patch: {}, notice: UNREADABLE };
  }
  if (nestingDepth(text, MAX_DEPTH) > MAX_DEPTH) {
    return { patch: {}, notice: 'The link’s settings nest too deeply to be a scenario; defaults are shown.' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { patch: {}, notice: UNREADABLE };
  }
  return isObject(parsed)
    ? { patch: parsed }
    : { patch: {}, notice: 'The link’s settings were not a scenario; defaults are shown.' };
}

/**
 * What the link's patch is laid over. With `v`, the frozen table of that link format. Without
 * one the link was written by hand (`/lab?preset=kubernetes`, as lessons and study cards link to a
 * situation): it means the preset as it is today, over today's defaults.
 */
function baseOf(version: string | null, presetParam: string | null, notices: string[]): Json {
  const live = presetParam ? findPreset(presetParam) : undefined;
  const unknown = `Unknown preset “${printable(presetParam ?? '', 40)}” ignored.`;
  if (version === null) {
    if (presetParam && !live) notices.push(unknown);
    return withPreset(live);
  }
  const format = Number(version);
  const known = Number.isInteger(format) && Object.hasOwn(LINK_BASES, format);
  if (!known) {
    notices.push(
      `This link was made by another version of the lab (v${printable(version, 8)}); its settings may not all apply.`,
    );
  }
  const table = LINK_BASES[known ? format : LINK_FORMAT];
  const frozen = presetParam !== null && Object.hasOwn(table.presets, presetParam);
  if (presetParam && !live) {
    notices.push(
      frozen
        ? `The situation “${printable(presetParam, 40)}” is no longer offered; the link’s settings are shown as they were.`
        : unknown,
    );
  }
  return linkBaseFor(table, frozen ? presetParam : null);
}

/** Reads a query string (with or without `?`). Never throws. */
export function decodeScenario(search: string): DecodedLink {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const notices: string[] = [];
  const presetParam = params.get('preset');
  const base = baseOf(params.get('v'), presetParam, notices);
  const { patch, notice } = readPatch(params.get('s'));
  if (notice) notices.push(notice);

  const candidate = merge(base, patch);
  const { scenario, dropped } = salvage(candidate);
  if (dropped.length) notices.push(`Some settings were invalid and reset: ${boundedList(dropped)}.`);
  const sentVersion = isObject(candidate) ? candidate.version : undefined;
  if (typeof sentVersion === 'number' && sentVersion < scenario.version) {
    notices.push(MIGRATED_NOTICE);
  }
  const preset = presetParam ? findPreset(presetParam) : undefined;
  return { scenario, presetId: preset?.id ?? null, notices };
}
