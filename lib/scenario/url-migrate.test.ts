/**
 * Links across a change of the scenario format. This file stands in a format 2 for the real one:
 * the format after the real one renames push.deadAfterMissedPushes to push.missedPushesToDead, and
 * parseScenario migrates an older scenario on the way in, as the real migration does. Links made
 * before must reach the migration and say so; links made after must carry the new name alone.
 */
import { describe, expect, it, vi } from 'vitest';
import { isObject, type Json, type JsonObject } from './json';
import { defaultScenario } from './parse';
import type { Scenario } from './schema';
import { encodeScenario } from './url';
import { decodeScenario, MIGRATED_NOTICE } from './url-decode';

const renamed = (push: Json, from: string, to: string): JsonObject => {
  if (!isObject(push) || !Object.hasOwn(push, from)) return isObject(push) ? push : {};
  const { [from]: value, ...rest } = push;
  return { ...rest, [to]: value };
};

vi.mock('./parse', async (importOriginal) => {
  const real = await importOriginal<typeof import('./parse')>();
  // The stand-in format is one after the real one, whatever the real one is by now.
  const REAL = real.defaultScenario().version;
  const NEXT = REAL + 1;
  const parseScenario = (input: unknown): ReturnType<typeof real.parseScenario> => {
    if (!isObject(input)) return real.parseScenario(input);
    let current: JsonObject = input;
    if (typeof current.version === 'number' && current.version < REAL) {
      // Older still: the real migrations first, up to REAL.
      const r = real.parseScenario(current);
      if (!r.ok) return r;
      current = r.scenario as unknown as JsonObject;
    }
    // The migration REAL → NEXT, then validation of the NEXT shape (through the real schema).
    const next =
      current.version === REAL
        ? { ...current, version: NEXT, push: renamed(current.push, 'deadAfterMissedPushes', 'missedPushesToDead') }
        : current;
    if (next.version !== NEXT) return real.parseScenario({ ...next, version: 'not this format' });
    const r = real.parseScenario({
      ...next,
      version: REAL,
      push: renamed(next.push, 'missedPushesToDead', 'deadAfterMissedPushes'),
    });
    if (!r.ok) return r;
    const push = renamed(r.scenario.push as unknown as Json, 'deadAfterMissedPushes', 'missedPushesToDead');
    return { ok: true, scenario: { ...r.scenario, version: NEXT, push } as unknown as Scenario, notices: r.notices };
  };
  return { ...real, parseScenario };
});

const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('links across a scenario format change', () => {
  it('opens a format-1 link through the migration, and says it did', () => {
    const r = decodeScenario(`v=1&preset=kubernetes&s=${b64url('{"push":{"deadAfterMissedPushes":5}}')}`);
    expect(r.scenario.version).toBe(defaultScenario().version + 1);
    expect(r.scenario.push).toMatchObject({ missedPushesToDead: 5, pushIntervalSec: 15 });
    expect(r.scenario.push).not.toHaveProperty('deadAfterMissedPushes');
    expect(r.notices).toEqual([MIGRATED_NOTICE]);
  });

  it('carries a renamed field across, without leaving the old name behind', () => {
    const opened = decodeScenario('v=2&preset=kubernetes').scenario;
    const changed = { ...opened, push: { ...opened.push, missedPushesToDead: 7 } };
    const query = encodeScenario(changed, 'kubernetes');
    const patch = JSON.parse(Buffer.from(new URLSearchParams(query).get('s') ?? '', 'base64url').toString('utf8'));
    expect(patch).toMatchObject({
      version: changed.version,
      push: { deadAfterMissedPushes: null, missedPushesToDead: 7 },
    });
    expect(decodeScenario(query)).toEqual({ scenario: changed, presetId: 'kubernetes', notices: [] });
  });
});
