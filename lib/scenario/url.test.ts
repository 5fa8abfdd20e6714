import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labCatalog } from '../lab/catalog';
import { defaultScenario, parseScenario } from './parse';
import { PRESETS } from './presets';
import type { Scenario } from './schema';
import { encodeScenario, LINK_BASES, LINK_FORMAT } from './url';
import { decodeScenario, MAX_SETTINGS_CHARS, MIGRATED_NOTICE } from './url-decode';

/** Any UTF-16 text, lone surrogates and controls included (fast-check's 'binary' unit is far slower). */
const anyUtf16 = (maxLength: number) =>
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength }).map((units) => String.fromCharCode(...units));

const valid = (input: unknown) => {
  const r = parseScenario(input);
  if (!r.ok) throw r.error;
  return r.scenario;
};
const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const patchOf = (query: string) => {
  const s = new URLSearchParams(query).get('s');
  return s === null ? undefined : JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
};
const catalog = labCatalog();
/** The frozen defaults, as a link made from them stands for them (whatever the live defaults are now). */
const frozenTable = LINK_BASES[LINK_FORMAT];
const frozenDefaults = frozenTable.defaults as unknown as Scenario;
/** What a frozen-table link opens as today: a later scenario format reaches it through parseScenario. */
const openedDefaults = valid(frozenTable.defaults);
/** Notices other than the one that says a format migration ran (which links from before one get). */
const problems = (notices: string[]) => notices.filter((n) => n !== MIGRATED_NOTICE);

describe('encodeScenario / decodeScenario', () => {
  it('always names the link format, so even the defaults mean the same later', () => {
    expect(encodeScenario(frozenDefaults, null)).toBe(`v=${LINK_FORMAT}`);
    const r = decodeScenario(`v=${LINK_FORMAT}`);
    expect(r.scenario).toEqual(openedDefaults);
    expect(problems(r.notices)).toEqual([]);
  });

  it('round-trips every preset, with and without further changes', () => {
    for (const p of PRESETS) {
      const s = catalog.presets[p.id];
      const back = decodeScenario(`?${encodeScenario(s, p.id)}`);
      expect(back.notices).toEqual([]);
      expect(back.presetId).toBe(p.id);
      expect(back.scenario).toEqual(s);

      const changed = { ...s, seed: 42, pull: { ...s.pull, scrapeIntervalSec: 30, scrapeTimeoutSec: 30 } };
      expect(decodeScenario(encodeScenario(changed, p.id)).scenario).toEqual(changed);
    }
  });

  it('keeps a setting moved back to its default under a preset that changes it', () => {
    const s = catalog.presets['thundering-herd'];
    expect(s.push.alignment).toBe('aligned');
    const back = { ...s, push: { ...s.push, alignment: 'jittered' as const } };
    const query = encodeScenario(back, 'thundering-herd');
    expect(patchOf(query)).toMatchObject({ push: { alignment: 'jittered' } });
    expect(decodeScenario(query).scenario).toEqual(back);
  });

  it('keeps a link short: only what differs from the frozen table is carried', () => {
    const s = { ...frozenDefaults, pull: { ...frozenDefaults.pull, scrapeIntervalSec: 60 } };
    expect(patchOf(encodeScenario(s, null))).toEqual({ pull: { scrapeIntervalSec: 60 } });
    const kubernetes = frozenTable.presets.kubernetes as unknown as Scenario;
    expect(encodeScenario(kubernetes, 'kubernetes')).toBe(`v=${LINK_FORMAT}&preset=kubernetes`);
  });

  it('reports the length of the longest preset link', () => {
    // The figure the issue asks for: each preset as the lab writes it, and as it would be if the
    // preset were newer than the frozen table (a difference from the frozen defaults).
    const origin = 'https://example.github.io/pushpull-lab/lab?';
    const asIs = PRESETS.map((p) => encodeScenario(catalog.presets[p.id], p.id));
    const asNew = PRESETS.map((p) => encodeScenario(catalog.presets[p.id], `${p.id}-new`));
    const longest = (qs: string[]) => Math.max(...qs.map((q) => q.length));
    console.info(
      `longest preset link: ${longest(asIs)} characters of query (${origin.length + longest(asIs)} with ${origin}); ` +
        `as a preset newer than the frozen table: ${longest(asNew)} (${origin.length + longest(asNew)})`,
    );
    // A preset newer than the table carries its services in full: still far below what chat
    // clients and browsers take (2,000 characters is the most conservative limit in common use).
    expect(longest(asNew)).toBeLessThan(1000);
  });

  it('fits the largest scenario well inside the settings limit, and round-trips it', () => {
    const long = (i: number) => 1234.567890123457 + i / 7;
    const services = Array.from({ length: 12 }, (_, i) =>
      i % 2
        ? {
            name: `s${i}`.padEnd(32, 'x'),
            kind: 'short-lived',
            startsPerMin: long(i),
            lifetimeSec: { dist: 'lognormal', median: long(i), sigma: 1.234567890123457 },
            seriesPerService: 99_999,
            firewalled: true,
          }
        : {
            name: `l${i}`.padEnd(32, 'y'),
            kind: 'long-running',
            count: 99_999,
            crashesPerHour: long(i),
            restartDelaySec: long(i),
            seriesPerService: 99_999,
            firewalled: true,
          },
    );
    const s = valid({
      seed: 0xffffffff,
      durationSec: 604_799.1234567891,
      resolutionSec: 3599.123456789012,
      services,
      network: { lossRate: 0.1234567890123457, clockSkewSec: long(1) },
      pull: {
        scrapeIntervalSec: long(2),
        scrapeTimeoutSec: long(1),
        discovery: 'static',
        discoveryDelaySec: long(3),
        discoveryTickSec: 123.4567890123457,
        pushgateway: true,
        pushgatewayGrouping: 'job',
      },
      push: {
        protocol: 'statsd',
        pushIntervalSec: long(4),
        flushOnExit: false,
        alignment: 'aligned',
        collectorCapacityPerSec: 9_999_999.123456789,
        clientTimestamps: false,
        deadAfterMissedPushes: 999,
      },
    });
    const query = encodeScenario(s, null);
    expect(new URLSearchParams(query).get('s')?.length).toBeLessThan(MAX_SETTINGS_CHARS / 3);
    expect(decodeScenario(query)).toEqual({ scenario: s, presetId: null, notices: [] });
  });

  it('resets only the out-of-range fields of a link, and says which', () => {
    const s = b64url(JSON.stringify({ seed: 7, network: { lossRate: 5 }, pull: { scrapeIntervalSec: -1 } }));
    const r = decodeScenario(`v=${LINK_FORMAT}&s=${s}`);
    expect(r.scenario.seed).toBe(7);
    expect(r.scenario.network.lossRate).toBe(0);
    expect(r.scenario.pull.scrapeIntervalSec).toBe(15);
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
    expect(r.notices.join(' ')).toMatch(/bogus \(unknown\)/);
    expect(r.notices.join(' ')).toMatch(/pull\.nope \(unknown\)/);
  });

  it('keeps a "__proto__" key a field, reported like any unknown one', () => {
    const r = decodeScenario(`v=${LINK_FORMAT}&s=${b64url('{"__proto__":{"seed":9},"seed":3}')}`);
    expect(r.scenario.seed).toBe(3);
    expect(r.notices.join(' ')).toMatch(/__proto__ \(unknown\)/);
  });

  it('opens malformed, foreign and newer-version links with defaults and a notice', () => {
    for (const q of ['s=%%%', 's=bm90IGpzb24', `s=${b64url('[1,2]')}`, `s=${b64url('null')}`, 'preset=unheard-of']) {
      const r = decodeScenario(q);
      expect(r.scenario).toEqual(defaultScenario());
      expect(r.notices.length).toBeGreaterThan(0);
    }
    expect(decodeScenario('v=99').notices.join(' ')).toMatch(/another version/);
    expect(decodeScenario('v=1.5').notices.join(' ')).toMatch(/another version/);
  });
});

describe('decodeScenario on hostile links', () => {
  const nested = (key: string, depth: number) => `{"${key}":${'['.repeat(depth)}${']'.repeat(depth)}}`;

  it('reads a deeply nested link without recursing into it', () => {
    // 2,000 deep is the 5 KB link that overflowed the worker's stack; 100,000 overflows Node's.
    for (const depth of [2000, 100_000]) {
      for (const key of ['x', 'services']) {
        const r = decodeScenario(`v=${LINK_FORMAT}&s=${b64url(nested(key, depth))}`);
        expect(r.scenario).toEqual(openedDefaults);
        expect(r.notices.join(' ')).toMatch(/too deeply|too long/);
      }
    }
  });

  it('accepts a real scenario at its full depth', () => {
    const s = valid({ services: [{ name: 'job', kind: 'short-lived', lifetimeSec: { dist: 'fixed', value: 5 } }] });
    expect(decodeScenario(encodeScenario(s, null))).toEqual({ scenario: s, presetId: null, notices: [] });
  });

  it('refuses settings longer than any scenario, before decoding them', () => {
    const r = decodeScenario(`v=${LINK_FORMAT}&s=${'A'.repeat(MAX_SETTINGS_CHARS + 1)}`);
    expect(r.scenario).toEqual(openedDefaults);
    expect(problems(r.notices)).toEqual([
      `The link’s settings are too long to be a scenario (${MAX_SETTINGS_CHARS + 1} characters); defaults are shown.`,
    ]);
  });

  it('names a huge unknown key briefly', () => {
    const r = decodeScenario(`v=${LINK_FORMAT}&s=${b64url(JSON.stringify({ ['k'.repeat(11_000)]: 1 }))}`);
    expect(problems(r.notices)).toHaveLength(1);
    expect(problems(r.notices)[0].length).toBeLessThan(120);
  });

  it('names the first few of many unknown keys, then how many more', () => {
    const patch = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`k${i}`, i]));
    const r = decodeScenario(`v=${LINK_FORMAT}&s=${b64url(JSON.stringify(patch))}`);
    expect(problems(r.notices)).toEqual([
      'Some settings were invalid and reset: k0 (unknown), k1 (unknown), k2 (unknown), k3 (unknown), k4 (unknown) and 295 more.',
    ]);
  });

  it('escapes control characters in what it quotes', () => {
    const r = decodeScenario(`v=2&preset=${encodeURIComponent('x\u001b[2J\u202e')}&s=${b64url('{"a\\nb":1}')}`);
    const text = r.notices.join(' ');
    expect(text).not.toMatch(/[\p{Cc}\p{Cf}]/u);
    expect(text).toContain('x\\x1b[2J\\u202e');
    expect(text).toContain('a\\nb (unknown)');
  });
});

/** Valid scenarios: a preset (or the defaults) with random, valid changes. */
const scenarioArb: fc.Arbitrary<{ scenario: Scenario; presetId: string | null }> = fc
  .record({
    presetId: fc.constantFrom(null, 'not-in-the-table', ...PRESETS.map((p) => p.id)),
    seed: fc.integer({ min: 0, max: 0xffffffff }),
    durationSec: fc.option(fc.integer({ min: 60, max: 7200 })),
    interval: fc.double({ min: 1, max: 600, noNaN: true }),
    loss: fc.double({ min: 0, max: 1, noNaN: true }),
    discovery: fc.constantFrom('kubernetes', 'file', 'dns', 'static'),
    protocol: fc.constantFrom('http', 'statsd'),
    extraGroup: fc.option(
      fc.record({
        name: fc.stringMatching(/^[a-z][a-z0-9_-]{0,31}$/),
        count: fc.integer({ min: 0, max: 500 }),
        firewalled: fc.boolean(),
      }),
    ),
    dropGroups: fc.boolean(),
  })
  .map((r) => {
    const base = r.presetId && catalog.presets[r.presetId] ? catalog.presets[r.presetId] : catalog.defaults;
    const services = r.dropGroups ? base.services.slice(0, 1) : base.services;
    const extra = r.extraGroup && !services.some((s) => s.name === r.extraGroup?.name);
    const input = {
      ...base,
      seed: r.seed,
      durationSec: r.durationSec ?? base.durationSec,
      resolutionSec: Math.min(base.resolutionSec, r.durationSec ?? base.durationSec),
      services: extra ? [...services, { ...r.extraGroup, kind: 'long-running' }] : services,
      network: { ...base.network, lossRate: r.loss },
      pull: {
        ...base.pull,
        scrapeIntervalSec: r.interval,
        scrapeTimeoutSec: Math.min(10, r.interval),
        discovery: r.discovery,
      },
      push: { ...base.push, protocol: r.protocol },
    };
    return { scenario: valid(input), presetId: r.presetId };
  });

describe('decodeScenario fuzzing (fast-check)', () => {
  const accepted = (q: string) => {
    const r = decodeScenario(q);
    const again = parseScenario(r.scenario);
    expect(again.ok && again.scenario).toEqual(r.scenario);
    // Five entries of at most 160 characters, the framing and the count: under 900 in all.
    for (const n of r.notices) expect(n.length).toBeLessThanOrEqual(900);
    return r;
  };

  it('never throws on arbitrary strings, and whatever it returns is a valid scenario', () => {
    fc.assert(
      fc.property(anyUtf16(300), (q) => void accepted(q)),
      {
        numRuns: 300,
      },
    );
  });

  it('never throws on arbitrary JSON, at the top or under any field', () => {
    const field = fc.constantFrom('', 'pull', 'push', 'network', 'services', 'seed', 'x');
    fc.assert(
      fc.property(field, fc.jsonValue({ maxDepth: 6 }), fc.constantFrom('1', '2'), (key, value, v) => {
        const patch = key === '' ? value : { [key]: value };
        accepted(`v=${v}&s=${b64url(JSON.stringify(patch))}`);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on deep nesting or huge keys', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20_000 }),
        fc.constantFrom('[', '{"a":'),
        fc.integer({ min: 1, max: 20_000 }),
        (depth, opener, keyLength) => {
          const close = opener === '[' ? ']' : '}';
          accepted(`v=2&s=${b64url(`{"pull":${opener.repeat(depth)}1${close.repeat(depth)}}`)}`);
          accepted(`v=2&s=${b64url(JSON.stringify({ pull: { ['q'.repeat(keyLength)]: true } }))}`);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('round-trips valid scenarios exactly, with no notice', () => {
    fc.assert(
      fc.property(scenarioArb, ({ scenario, presetId }) => {
        const known = presetId !== null && Object.hasOwn(catalog.presets, presetId) ? presetId : null;
        const back = accepted(encodeScenario(scenario, known));
        expect(back).toEqual({ scenario, presetId: known, notices: [] });
      }),
      { numRuns: 200 },
    );
  });
});
