/**
 * The cheat sheet prints each follow-up's `oneLine` as the whole answer, so each must stand alone:
 * one complete sentence, long enough to say something (the old first-sentence cut printed
 * "Neither by itself."), short enough that the sheet still fits one printed page.
 */
import { describe, expect, it } from 'vitest';
import { FOLLOW_UPS } from './answers';

/**
 * Longest question plus one-liner, in characters: two lines of the printed sheet's half-width
 * column. Longer items take a third line, and with 14 follow-ups that ran the sheet onto a second
 * A4 page (measured with page.pdf: items of 135 to 167 characters printed two pages).
 */
const MAX_ITEM_CHARS = 128;
/** Fewer words is a fragment, as the old first-sentence cut printed: "Neither by itself." */
const MIN_WORDS = 6;

const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('follow-up one-line answers', () => {
  it.each(FOLLOW_UPS.map((f) => [f.id, f] as const))('%s is one complete sentence', (_id, f) => {
    const line = f.oneLine;
    expect(line).toMatch(/^[A-Z`]/);
    expect(line).toMatch(/[.]$/);
    // A full stop followed by a capital inside the line means a second sentence.
    expect(line.slice(0, -1)).not.toMatch(/[.!?]\s+[A-Z]/);
    expect(words(line).length).toBeGreaterThanOrEqual(MIN_WORDS);
    expect(`${f.question} ${line}`.length).toBeLessThanOrEqual(MAX_ITEM_CHARS);
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
