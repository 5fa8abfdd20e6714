import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diff, merge, nestingDepth, type Json } from './json';

/** JSON without null, which in a merge patch means "remove" (no scenario field is ever null). */
const nullFree: fc.Arbitrary<Json> = fc.letrec<{ v: Json }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    fc.boolean(),
    fc.integer(),
    fc.string({ maxLength: 4 }),
    fc.array(tie('v'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c', '__proto__', 'constructor'), tie('v'), { maxKeys: 3 }),
  ),
})).v;

describe('diff and merge (JSON Merge Patch, RFC 7396)', () => {
  it('diff keeps only what changed, and merge restores the whole', () => {
    const base = { a: 1, b: { c: 2, d: [1, 2] }, e: 'x' };
    const value = { a: 1, b: { c: 3, d: [1, 2] }, e: 'y' };
    expect(diff(value, base)).toEqual({ b: { c: 3 }, e: 'y' });
    expect(merge(base, diff(value, base) ?? {})).toEqual(value);
    expect(diff(base, base)).toBeUndefined();
  });

  it('a field the value lacks becomes null in the patch, and null removes it', () => {
    expect(diff({ a: 1 }, { a: 1, gone: { x: 1 } })).toEqual({ gone: null });
    expect(merge({ a: 1, gone: { x: 1 } }, { gone: null })).toEqual({ a: 1 });
    // The RFC's own example (section 3), in part.
    expect(merge({ a: 'b', c: { d: 'e', f: 'g' } }, { a: 'z', c: { f: null } })).toEqual({ a: 'z', c: { d: 'e' } });
  });

  it('merge(base, diff(value, base)) is value, for any two null-free values', () => {
    fc.assert(
      fc.property(nullFree, nullFree, (value, base) => {
        const d = diff(value, base);
        expect(d === undefined ? base : merge(base, d)).toEqual(value);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps "__proto__" an ordinary field', () => {
    const patch = JSON.parse('{"__proto__":{"polluted":true}}') as Json;
    const out = merge({ a: 1 }, patch) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['a', '__proto__']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });
});

describe('nestingDepth', () => {
  it('counts arrays and objects, not brackets inside strings', () => {
    expect(nestingDepth('1')).toBe(0);
    expect(nestingDepth('{"a":[1,{"b":2}]}')).toBe(3);
    expect(nestingDepth('{"a":"[[[[\\"[[["}')).toBe(1);
  });

  it('stops early past the limit', () => {
    expect(nestingDepth('['.repeat(1_000_000), 8)).toBe(9);
  });

  it('agrees with the structure JSON.parse builds (property)', () => {
    const depth = (v: unknown): number =>
      typeof v === 'object' && v !== null ? 1 + Math.max(0, ...Object.values(v).map(depth)) : 0;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (v) => {
        expect(nestingDepth(JSON.stringify(v))).toBe(depth(v));
      }),
      {
        numRuns: 300,
      },
    );
  });
});
