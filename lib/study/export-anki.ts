/**
 * The deck as an Anki text file. Its header lines (Anki 2.1.54+, "File Headers" in
 * https://docs.ankiweb.net/importing/text-files.html) preset everything the import dialog would
 * ask: the separator, that fields are HTML, the note type, and which columns hold the deck and
 * the tags. The deck comes from a column, not `#deck:`, because a deck column creates a missing
 * deck while `#deck:` only presets one that already exists.
 */
import type { Card } from './deck';
import { delimitedRow } from './export-delimited';

export const ANKI_DECK = 'PushPull Lab';
const TAG_ROOT = 'pushpull-lab';

/** Study text → Anki HTML: `&`, `<` and `>` escaped as the Anki manual asks, `backticks` as <code>. */
export function richToHtml(text: string): string {
  const escaped = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  return text
    .split('`')
    .map((part, i) => (i % 2 ? `<code>${escaped(part)}</code>` : escaped(part)))
    .join('')
    .replace(/\r?\n/g, '<br>');
}

/** Anki tags are separated by spaces and nest with `::`: one for the site, one per topic. */
export function ankiTags(card: Card): string[] {
  return [TAG_ROOT, `${TAG_ROOT}::${card.topic}`];
}

export function toAnkiText(cards: readonly Card[]): string {
  const sep = '\t';
  const header = [
    '#separator:tab',
    '#html:true',
    '#notetype:Basic',
    `#columns:${['Front', 'Back', 'Deck', 'Tags'].join(sep)}`,
    '#deck column:3',
    '#tags column:4',
  ];
  const rows = cards.map((c) =>
    delimitedRow([richToHtml(c.front), richToHtml(c.back), ANKI_DECK, ankiTags(c).join(' ')], sep),
  );
  return `${[...header, ...rows].join('\n')}\n`;
}
