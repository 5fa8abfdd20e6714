/**
 * A lesson's reading time, worked out at build time from its MDX prose. Pure: the page passes the
 * file's text in.
 */

/** Technical prose read with care, not skimmed: slower than the ~250 words a minute of light reading. */
export const WORDS_PER_MIN = 200;

/**
 * The words a reader reads in MDX: prose and inline code, without code blocks (listings are scanned,
 * not read), component tags such as `<Sim id="…" />`, or markdown punctuation.
 */
export function wordCount(mdx: string): number {
  const prose = mdx
    .replace(/^```[\s\S]*?^```/gm, ' ')
    .replace(/<\/?[A-Z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ');
  return prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Whole minutes, rounded up, and never less than one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MIN));
}
