import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedList, printable } from './bounded';

/** Any UTF-16 text, lone surrogates and controls included (fast-check's 'binary' unit is far slower). */
const anyUtf16 = (maxLength: number) =>
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength }).map((units) => String.fromCharCode(...units));

const codePoints = (s: string) => [...s].length;

describe('printable', () => {
  it('keeps ordinary text as it is', () => {
    expect(printable('pull.scrapeIntervalSec')).toBe('pull.scrapeIntervalSec');
    expect(printable('naïve 日本 🙂')).toBe('naïve 日本 🙂');
  });

  it('escapes control, format and separator characters', () => {
    expect(printable('a\nb\tc\rd')).toBe('a\\nb\\tc\\rd');
    expect(printable('\u001b[31mred')).toBe('\\x1b[31mred');
    expect(printable('\u007f\u0085')).toBe('\\x7f\\x85');
    expect(printable('abc\u202edef')).toBe('abc\\u202edef');
    expect(printable('x\u200by\u2028z')).toBe('x\\u200by\\u2028z');
  });

  it('cuts long text to the limit, ending in an ellipsis', () => {
    expect(printable('abcdef', 6)).toBe('abcdef');
    expect(printable('abcdefg', 6)).toBe('abcde…');
    expect(printable('k'.repeat(74_000), 40)).toBe(`${'k'.repeat(39)}…`);
    // An escape is never split, and an emoji counts as one character.
    expect(printable('abcd\u001bxyz', 6)).toBe('abcd…');
    expect(printable('🙂🙂🙂🙂', 3)).toBe('🙂🙂…');
  });

  it('never exceeds the limit and never leaves a raw control character', () => {
    fc.assert(
      fc.property(anyUtf16(200), fc.integer({ min: 1, max: 80 }), (s, max) => {
        const out = printable(s, max);
        expect(codePoints(out)).toBeLessThanOrEqual(max);
        expect(out).not.toMatch(/[\p{Cc}\p{Cf}\u2028\u2029]/u);
      }),
      { numRuns: 200 },
    );
  });
});

describe('boundedList', () => {
  it('names every item when there are few', () => {
    expect(boundedList([])).toBe('');
    expect(boundedList(['a'])).toBe('a');
    expect(boundedList(['a', 'b', 'c'], 3)).toBe('a, b, c');
  });

  it('names the first few, then says how many more', () => {
    expect(boundedList(['a', 'b', 'c', 'd', 'e'], 3)).toBe('a, b, c and 2 more');
    expect(
      boundedList(
        Array.from({ length: 1000 }, (_, i) => `k${i}`),
        2,
      ),
    ).toBe('k0, k1 and 998 more');
  });
});
