import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diff, merge } from './json';
import { defaultScenario, parseScenario, withPreset } from './parse';
import { PRESETS } from './presets';
import { encodeScenario } from './url';
import { decodeScenario } from './url-decode';

const valid = (input: unknown) => {
  const r = parseScenario(input);
  if (!r.ok) throw r.error;
  return r.scenario;
};
const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('diff and merge', () => {
  it('diff keeps only what changed, and merge restores the whole', () => {
    const base = { a: 1, b: { c: 2, d: [1, 2] }, e: 'x' };
    const value = { a: 1, b: { c: 3, d: [1, 2] }, e: 'y' };
    expect(diff(value, base)).toEqual({ b: { c: 3 }, e: 'y' });
    expect(merge(base, diff(value, base) ?? {})).toEqual(value);
    expect(diff(base, base)).toBeUndefined();
  });
});

describe('encodeScenario / decodeScenario', () => {
  it('gives an empty query for the defaults', () => {
    expect(encodeScenario(defaultScenario(), null, defaultScenario())).toBe('');
    expect(decodeScenario('')).toEqual({ scenario: defaultScenario(), presetId: null, notices: [] });
  });

  it('round-trips every preset, with and without further changes', () => {
    for (const p of PRESETS) {
      const s = valid(withPreset(p));
      const back = decodeScenario(`?${encodeScenario(s, p.id, s)}`);
      expect(back.notices).toEqual([]);
      expect(back.presetId).toBe(p.id);
      expect(back.scenario).toEqual(s);

      const changed = { ...s, seed: 42, pull: { ...s.pull, scrapeIntervalSec: 30, scrapeTimeoutSec: 30 } };
      expect(decodeScenario(encodeScenario(changed, p.id, s)).scenario).toEqual(changed);
    }
  });

  it('keeps a setting moved back to its default under a preset that changes it', () => {
    const p = PRESETS.find((x) => x.scenario.push?.alignment === 'aligned');
    if (!p) throw new Error('expected a preset with aligned pushes');
    const s = valid(withPreset(p));
    const back = { ...s, push: { ...s.push, alignment: defaultScenario().push.alignment } };
    expect(back.push.alignment).not.toBe(s.push.alignment);
    expect(decodeScenario(encodeScenario(back, p.id, s)).scenario).toEqual(back);
  });

  it('keeps a link short: only changed fields are carried', () => {
    const s = valid({ pull: { scrapeIntervalSec: 60 } });
    const q = new URLSearchParams(encodeScenario(s, null, defaultScenario()));
    expect(JSON.parse(Buffer.from(q.get('s') ?? '', 'base64url').toString())).toEqual({
      pull: { scrapeIntervalSec: 60 },
    });
  });

  it('round-trips arbitrary valid knob values', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.double({ min: 1, max: 600, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('kubernetes', 'file', 'dns', 'static'),
        (seed, interval, loss, discovery) => {
          const s = valid({ seed, network: { lossRate: loss }, pull: { scrapeIntervalSec: interval, discovery } });
          expect(decodeScenario(encodeScenario(s, null, defaultScenario())).scenario).toEqual(s);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('resets only the out-of-range fields of a link, and says which', () => {
    const s = b64url(JSON.stringify({ seed: 7, network: { lossRate: 5 }, pull: { scrapeIntervalSec: -1 } }));
    const r = decodeScenario(`v=1&s=${s}`);
    expect(r.scenario.seed).toBe(7);
    expect(r.scenario.network.lossRate).toBe(defaultScenario().network.lossRate);
    expect(r.scenario.pull.scrapeIntervalSec).toBe(defaultScenario().pull.scrapeIntervalSec);
    expect(r.notices.join(' ')).toMatch(/network\.lossRate/);
    expect(r.notices.join(' ')).toMatch(/pull\.scrapeIntervalSec/);
  });

  it('drops unknown fields and services that cannot be repaired', () => {
    const patch = {
      bogus: 1,
      pull: { nope: true },
      services: [
        { name: 'ok', kind: 'long-running', count: 3 },
        { name: 'bad', kind: 'teapot' },
      ],
    };
    const r = decodeScenario(`s=${b64url(JSON.stringify(patch))}`);
    expect(r.scenario.services.map((x) => x.name)).toEqual(['ok']);
    expect(r.notices.join(' ')).toMatch(/bogus/);
    expect(r.notices.join(' ')).toMatch(/nope/);
  });

  it('opens malformed, foreign and newer-version links with defaults and a notice', () => {
    for (const q of ['s=%%%', 's=bm90IGpzb24', `s=${b64url('[1,2]')}`, `s=${b64url('null')}`, 'preset=unheard-of']) {
      const r = decodeScenario(q);
      expect(r.scenario).toEqual(defaultScenario());
      expect(r.notices.length).toBeGreaterThan(0);
    }
    expect(decodeScenario('v=99').notices.join(' ')).toMatch(/another version/);
  });

  it('never throws on garbage and always returns a valid scenario', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json().map((j) => `v=1&s=${b64url(j)}`),
        ),
        (q) => {
          const r = decodeScenario(q);
          expect(parseScenario(r.scenario).ok).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
