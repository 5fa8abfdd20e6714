/**
 * The cheat sheet prints each follow-up's `oneLine` as the whole answer, so each must stand alone:
 * one complete sentence, long enough to say something (the old first-sentence cut printed
 * "Neither by itself."), short enough that the sheet still fits one printed page.
 */
import { describe, expect, it } from 'vitest';
import { FOLLOW_UPS } from './answers';

/**
 * Longest one-liner, in characters: with its question it fills two lines of the printed sheet's
 * half-width column, which is what keeps the sheet on one A4 page (measured: 160 printed two).
 */
const MAX_CHARS = 90;
const MIN_WORDS = 8;

const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('follow-up one-line answers', () => {
  it.each(FOLLOW_UPS.map((f) => [f.id, f] as const))('%s is one complete sentence', (_id, f) => {
    const line = f.oneLine;
    expect(line).toMatch(/^[A-Z`]/);
    expect(line).toMatch(/[.]$/);
    // A full stop followed by a capital inside the line means a second sentence.
    expect(line.slice(0, -1)).not.toMatch(/[.!?]\s+[A-Z]/);
    expect(words(line).length).toBeGreaterThanOrEqual(MIN_WORDS);
    expect(line.length).toBeLessThanOrEqual(MAX_CHARS);
  });

  it.each(FOLLOW_UPS.map((f) => [f.id, f] as const))(
    '%s answers a yes/no question with its verdict first',
    (_id, f) => {
      // "Can…", "Does…", "Is…" questions are answered yes, no or both, as the full answer does.
      const closed = /^(Can|Does|Do|Is|Are)\b/.test(f.question) || /\. (Can|Does|Do|Is|Are)\b/.test(f.question);
      if (!closed) return;
      const verdict = words(f.answer)[0].replace(/[,:.]$/, '');
      expect(words(f.oneLine)[0].replace(/[,:.]$/, '')).toBe(verdict);
    },
  );

  it('a "which is better" question names a side or says neither', () => {
    for (const f of FOLLOW_UPS.filter((x) => /^Which\b/.test(x.question))) {
      expect(f.oneLine).toMatch(/^(Pull|Push|Neither|Both)\b/);
      expect(words(f.oneLine).length).toBeGreaterThan(3);
    }
  });
});
