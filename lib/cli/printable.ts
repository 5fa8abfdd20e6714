/**
 * Text from the input, made safe to print on a terminal: control characters (C0, DEL, C1, line and
 * paragraph separators, bidirectional overrides) escaped as \u{…}, so input can neither move the
 * cursor nor recolour or reorder the terminal, and long text cut with an ellipsis.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** At most `maxChars` characters (code points) of `text` after escaping, ending in "…" when cut. */
export function printable(text: string, maxChars = 120): string {
  const escaped = text.replace(UNPRINTABLE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
  const chars = [...escaped];
  return chars.length <= maxChars ? escaped : `${chars.slice(0, maxChars - 1).join('')}…`;
}

/** The first `max` items, then "and N more" for the rest. */
export function firstFew(items: readonly string[], max = 5): string[] {
  return items.length <= max ? [...items] : [...items.slice(0, max), `and ${items.length - max} more`];
}
