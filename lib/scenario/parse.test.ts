import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScenario, parseScenario } from './parse';

const issuesOf = (input: unknown) => {
  const r = parseScenario(input);
  if (r.ok) throw new Error('expected the scenario to be refused');
  return r.error.issues;
};

describe('parseScenario', () => {
  it('fills every default into {}', () => {
    const r = parseScenario({});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = r.scenario;
    expect(s).toEqual(defaultScenario());
    expect(s.seed).toBe(1);
    expect(s.durationSec).toBe(1800);
    expect(s.services.map((g) => [g.name, g.kind])).toEqual([
      ['web', 'long-running'],
      ['batch', 'short-lived'],
    ]);
    expect(s.pull).toMatchObject({ scrapeIntervalSec: 15, scrapeTimeoutSec: 10, discovery: 'kubernetes' });
    expect(s.push).toMatchObject({ protocol: 'http', pushIntervalSec: 10, collectorCapacityPerSec: 1000 });
  });

  it('defaults the timeout to min(10 s, interval), as Prometheus does', () => {
    const r = parseScenario({ pull: { scrapeIntervalSec: 5 } });
    expect(r.ok && r.scenario.pull.scrapeTimeoutSec).toBe(5);
  });

  it('reports every bad field by path in one error', () => {
    const issues = issuesOf({
      durationSec: -5,
      services: [{ name: 'web', kind: 'long-running', count: 1.5 }],
      network: { lossRate: 2 },
      push: { protocol: 'carrier-pigeon' },
    });
    expect(issues.map((i) => i.path).sort()).toEqual(
      ['durationSec', 'network.lossRate', 'push.protocol', 'services.0.count'].sort(),
    );
  });

  it('refuses a timeout longer than the interval, naming the interval', () => {
    const issues = issuesOf({ pull: { scrapeIntervalSec: 15, scrapeTimeoutSec: 20 } });
    expect(issues).toEqual([{ path: 'pull.scrapeTimeoutSec', message: 'must be <= pull.scrapeIntervalSec (15 s)' }]);
  });

  it('refuses unknown fields, at the top and nested', () => {
    const issues = issuesOf({ durationSecs: 10, pull: { scrapeInterval: 15 } });
    expect(issues).toEqual(
      expect.arrayContaining([
        { kind: 'unknown-keys', path: '', message: 'unknown field(s): durationSecs', keys: ['durationSecs'] },
        { kind: 'unknown-keys', path: 'pull', message: 'unknown field(s): scrapeInterval', keys: ['scrapeInterval'] },
      ]),
    );
  });

  it('names unknown fields in a bounded, printable message and lists them whole in `keys`', () => {
    const huge = 'k'.repeat(74_000);
    const input = Object.fromEntries(
      [huge, 'a\u001b[2Jb', ...Array.from({ length: 20 }, (_, i) => `x${i}`)].map((k) => [k, 1]),
    );
    const [issue] = issuesOf(input);
    expect(issue.kind).toBe('unknown-keys');
    if (issue.kind !== 'unknown-keys') return;
    expect(issue.keys).toHaveLength(22);
    expect(issue.keys).toContain(huge);
    // 5 names of at most 40 characters, then "and 17 more".
    expect(issue.message).toBe(`unknown field(s): ${'k'.repeat(39)}…, a\\x1b[2Jb, x0, x1, x2 and 17 more`);
  });

  it('formats one readable message listing every issue', () => {
    const r = parseScenario({ durationSec: 'long', seed: -1 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toMatch(/^Invalid scenario: 2 problems\n {2}(durationSec|seed): /);
    expect(r.error.message).toContain('durationSec: must be a number');
  });

  it('never throws, whatever JSON it is given (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = parseScenario(v);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on scenario-shaped input with wrong values (property)', () => {
    const anyValue = fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.double());
    fc.assert(
      fc.property(
        fc.record(
          {
            durationSec: anyValue,
            services: fc.array(fc.dictionary(fc.constantFrom('name', 'kind', 'count'), anyValue)),
            pull: anyValue,
          },
          { requiredKeys: [] },
        ),
        (v) => {
          expect(() => parseScenario(v)).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });
});
