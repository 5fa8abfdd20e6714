/**
 * Older scenario formats, brought up to the current one before validation, each change announced.
 *
 * Version 1 replaced every crashed long-running instance with a new identity; version 2 restarts it
 * in place by default. So a version 1 scenario's long-running groups get `onCrash: "replace"`, the
 * closest rule, and the caller is told: never refused, never silently reinterpreted. (Version 1 kept
 * a crashed target until its replacement started; "replace" drops it `discoveryDelaySec` after the
 * crash, as discovery really does.)
 */
import { isObject, type Json, type JsonObject } from './json';
import { SCENARIO_VERSION } from './version';

export interface Migrated {
  input: unknown;
  /** One sentence per change, for a person; empty when nothing changed. */
  notices: string[];
}

export function migrateScenario(input: unknown): Migrated {
  if (!isObject(input) || input.version !== 1) return { input, notices: [] };
  const out: JsonObject = { ...input, version: SCENARIO_VERSION };
  const renamed: string[] = [];
  if (Array.isArray(input.services)) {
    out.services = input.services.map((g: Json) => {
      if (!isObject(g) || g.kind !== 'long-running' || 'onCrash' in g) return g;
      if (typeof g.name === 'string') renamed.push(g.name);
      return { ...g, onCrash: 'replace' };
    });
  }
  const head = `Version 1 scenario read as version ${SCENARIO_VERSION}`;
  const notice =
    renamed.length === 0
      ? `${head}; nothing in it changes meaning.`
      : `${head}: long-running groups ${renamed.join(', ')} use onCrash "replace", the closest to version 1 ` +
        '(a crashed instance came back as a new one). Choose "restart" for a container restarted in place.';
  return { input: out, notices: [notice] };
}
