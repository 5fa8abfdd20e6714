/**
 * Text from outside (a link, a file, the command line) made safe to show a person: every message
 * that quotes input goes through here, so one huge or hostile value cannot flood a notice or a
 * terminal.
 */

/** Characters that are invisible or act on a terminal: controls (C0, DEL, C1), format characters
 * (bidirectional overrides, zero-width joiners) and the Unicode line and paragraph separators. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

/** `\n`, `\x1b`, `\u202e`: how a JavaScript string literal writes the character. */
function escapeChar(ch: string): string {
  const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  if (named[ch]) return named[ch];
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * `text` with unprintable characters escaped, at most `maxChars` code points long: a longer one is
 * cut and ends in an ellipsis. A backslash is kept as is: the escapes are for reading, not parsing.
 */
export function printable(text: string, maxChars = 60): string {
  const limit = Math.max(1, Math.floor(maxChars));
  let out = '';
  let length = 0;
  /** Where the text is cut if it turns out too long: the longest prefix that leaves room for "…". */
  let cut: string | null = null;
  for (const ch of text) {
    const piece = UNPRINTABLE.test(ch) ? escapeChar(ch) : ch;
    const size = piece === ch ? 1 : piece.length; // an escape is ASCII; a kept character is one code point
    if (cut === null && length + size > limit - 1) cut = out;
    out += piece;
    length += size;
    if (length > limit) return `${cut ?? ''}…`;
  }
  return out;
}

/** The first `max` items, then one "and N more" for the rest: for messages shown one item a line. */
export function firstFew(items: readonly string[], max = 5): string[] {
  const shown = items.slice(0, Math.max(1, Math.floor(max)));
  const rest = items.length - shown.length;
  return rest > 0 ? [...shown, `and ${rest} more`] : shown;
}

/** "a, b, c and 4 more": the first `max` items, then how many were left out. Empty for none. */
export function boundedList(items: readonly string[], max = 5): string {
  const shown = items.slice(0, Math.max(1, Math.floor(max)));
  const rest = items.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}
