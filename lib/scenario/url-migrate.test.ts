/**
 * Links across a change of the scenario format. This file stands in a format 2 for the real one:
 * it renames push.deadAfterMissedPushes to push.missedPushesToDead, and parseScenario migrates a
 * version-1 scenario on the way in, as the real migration does. Links must reach it and say so.
 */
import { describe, expect, it, vi } from 'vitest';
import { isObject, type Json, type JsonObject } from './json';
import type { Scenario } from './schema';
import { encodeScenario } from './url';
import { decodeScenario } from './url-decode';

const renamed = (push: Json, from: string, to: string): JsonObject => {
  if (!isObject(push) || !Object.hasOwn(push, from)) return isObject(push) ? push : {};
  const { [from]: value, ...rest } = push;
  return { ...rest, [to]: value };
};

vi.mock('./parse', async (importOriginal) => {
  const real = await importOriginal<typeof import('./parse')>();
  const parseScenario = (input: unknown): ReturnType<typeof real.parseScenario> => {
    if (!isObject(input)) return real.parseScenario(input);
    // Migration 1 → 2, then validation of the format-2 shape (through the format-1 schema).
    const v2 =
      input.version === 1
        ? { ...input, version: 2, push: renamed(input.push, 'deadAfterMissedPushes', 'missedPushesToDead') }
        : input;
    if (v2.version !== 2) return real.parseScenario({ ...v2, version: 'not 2' });
    const r = real.parseScenario({
      ...v2,
      version: 1,
      push: renamed(v2.push, 'missedPushesToDead', 'deadAfterMissedPushes'),
    });
    if (!r.ok) return r;
    const out = {
      ...r.scenario,
      version: 2,
      push: renamed(r.scenario.push as unknown as Json, 'deadAfterMissedPushes', 'missedPushesToDead'),
    };
    return { ok: true, scenario: out as unknown as Scenario };
  };
  return { ...real, parseScenario };
});

const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('links across a scenario format change', () => {
  it('opens a format-1 link through the migration, and says it did', () => {
    const r = decodeScenario(`v=1&preset=kubernetes&s=${b64url('{"push":{"deadAfterMissedPushes":5}}')}`);
    expect(r.scenario.version).toBe(2);
    expect(r.scenario.push).toMatchObject({ missedPushesToDead: 5, pushIntervalSec: 15 });
    expect(r.scenario.push).not.toHaveProperty('deadAfterMissedPushes');
    expect(r.notices).toEqual([
      'This link was made by an earlier version of the lab; its settings were carried over to this one.',
    ]);
  });

  it('carries a renamed field across, without leaving the old name behind', () => {
    const opened = decodeScenario('v=2&preset=kubernetes').scenario;
    const changed = { ...opened, push: { ...opened.push, missedPushesToDead: 7 } };
    const query = encodeScenario(changed, 'kubernetes');
    const patch = JSON.parse(Buffer.from(new URLSearchParams(query).get('s') ?? '', 'base64url').toString('utf8'));
    expect(patch).toEqual({ version: 2, push: { deadAfterMissedPushes: null, missedPushesToDead: 7 } });
    expect(decodeScenario(query)).toEqual({ scenario: changed, presetId: 'kubernetes', notices: [] });
  });
});
