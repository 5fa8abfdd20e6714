/**
 * URL query → scenario, the other half of ./url.ts. Decoding never throws: a malformed,
 * out-of-range or foreign link opens with valid values and says what it dropped. It validates,
 * so in the browser it runs in the simulation worker, away from the page's main thread.
 */
import { isObject, merge, type Json } from './json';
import { defaultScenario, parseScenario, withPreset } from './parse';
import { findPreset } from './presets';
import type { Scenario } from './schema';
import { fromBase64Url } from './url';
import { SCENARIO_VERSION } from './version';

export interface DecodedLink {
  scenario: Scenario;
  presetId: string | null;
  /** Human-readable notes on anything that could not be used; empty for a clean link. */
  notices: string[];
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
  return { scenario: defaultScenario(), dropped: ['every setting (the link could not be read)'] };
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

  const { scenario, dropped } = salvage(merge(withPreset(preset), patch));
  if (dropped.length) notices.push(`Some settings were invalid and reset: ${dropped.join('; ')}.`);
  return { scenario, presetId: preset?.id ?? null, notices };
}
