/**
 * Scenario ⇄ URL query, so any lab view can be shared. The query carries only what differs from
 * the defaults (`?v=1&s=<base64url JSON>`), plus the preset it started from. Decoding never throws:
 * a malformed, out-of-range or foreign link opens with valid values and says what it dropped.
 */
import { parseScenario } from './parse';
import { findPreset } from './presets';
import { SCENARIO_VERSION, type Scenario } from './schema';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface DecodedLink {
  scenario: Scenario;
  presetId: string | null;
  /** Human-readable notes on anything that could not be used; empty for a clean link. */
  notices: string[];
}

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The parts of `value` that differ from `base`; objects are compared key by key, arrays whole. */
export function diff(value: Json, base: Json): Json | undefined {
  if (isObject(value) && isObject(base)) {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) {
      const d = k in base ? diff(v, base[k]) : v;
      if (d !== undefined) out[k] = d;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return JSON.stringify(value) === JSON.stringify(base) ? undefined : value;
}

/** `patch` laid over `base`: objects merge key by key, anything else replaces. */
export function merge(base: Json, patch: Json): Json {
  if (!isObject(base) || !isObject(patch)) return patch;
  const out: JsonObject = { ...base };
  for (const [k, v] of Object.entries(patch)) out[k] = k in base ? merge(base[k], v) : v;
  return out;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): string {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

const defaults = (): Scenario => {
  const r = parseScenario({});
  if (!r.ok) throw r.error; // the empty scenario is valid by construction
  return r.scenario;
};

/** The query string (without `?`) for a scenario; empty for the defaults with no preset. */
export function encodeScenario(scenario: Scenario, presetId: string | null = null): string {
  const params = new URLSearchParams();
  params.set('v', String(SCENARIO_VERSION));
  if (presetId) params.set('preset', presetId);
  const d = diff(scenario as unknown as Json, defaults() as unknown as Json);
  if (d !== undefined) params.set('s', toBase64Url(JSON.stringify(d)));
  return params.size > 1 ? params.toString() : '';
}

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
  if (isObject(parent) && String(last) in parent) {
    delete parent[String(last)];
    return true;
  }
  return false;
}

/** Parses `candidate`, dropping bad fields until what is left is valid (or giving up on all of it). */
function salvage(candidate: Json): { scenario: Scenario; dropped: string[] } {
  const dropped: string[] = [];
  const current = structuredClone(candidate);
  for (let round = 0; round < 8; round++) {
    const r = parseScenario(current);
    if (r.ok) return { scenario: r.scenario, dropped };
    let progressed = false;
    for (const issue of r.error.issues) {
      const path = issue.path === '' ? [] : issue.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
      const unknown = /^unknown field\(s\): (.+)$/.exec(issue.message);
      if (unknown) {
        for (const key of unknown[1].split(', ')) progressed = dropPath(current, [...path, key]) || progressed;
        dropped.push(`${issue.path ? `${issue.path}.` : ''}${unknown[1]} (unknown)`);
      } else if (path.length && dropPath(current, path)) {
        progressed = true;
        dropped.push(`${issue.path} (${issue.message})`);
      }
    }
    if (!progressed) break;
    if (isObject(current) && Array.isArray(current.services) && current.services.length === 0) delete current.services;
  }
  return { scenario: defaults(), dropped: ['every setting (the link could not be read)'] };
}

/** Reads a query string (with or without `?`). Never throws. */
export function decodeScenario(search: string): DecodedLink {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const notices: string[] = [];
  const presetParam = params.get('preset');
  const preset = presetParam ? findPreset(presetParam) : undefined;
  if (presetParam && !preset) notices.push(`Unknown preset “${presetParam.slice(0, 40)}” ignored.`);

  const version = params.get('v');
  if (version !== null && version !== String(SCENARIO_VERSION)) {
    notices.push(
      `This link was made by another version of the lab (v${version.slice(0, 8)}); its settings may not all apply.`,
    );
  }

  let patch: Json = {};
  const encoded = params.get('s');
  if (encoded) {
    try {
      const parsed = JSON.parse(fromBase64Url(encoded)) as Json;
      if (isObject(parsed)) patch = parsed;
      else notices.push('The link’s settings were not a scenario; defaults are shown.');
    } catch {
      notices.push('The link’s settings could not be read (it may have been cut short); defaults are shown.');
    }
  }

  const base = (preset ? merge(defaults() as unknown as Json, preset.scenario as unknown as Json) : defaults()) as Json;
  const { scenario, dropped } = salvage(merge(base, patch));
  if (dropped.length) notices.push(`Some settings were invalid and reset: ${dropped.join('; ')}.`);
  return { scenario, presetId: preset?.id ?? null, notices };
}
