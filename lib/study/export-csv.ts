/**
 * The deck as CSV (RFC 4180: CRLF line ends, a header row, quoted fields where needed), for a
 * spreadsheet or another flashcard tool. Text is plain: the `backtick` code marks are dropped.
 */
import { TOPICS, type Card } from './deck';
import { delimitedRow } from './export-delimited';

export const CSV_COLUMNS = ['id', 'topic', 'front', 'back'] as const;

const plain = (text: string) => text.replaceAll('`', '');

export function toCsv(cards: readonly Card[]): string {
  const rows = cards.map((c) => delimitedRow([c.id, TOPICS[c.topic], plain(c.front), plain(c.back)], ','));
  return `${[delimitedRow(CSV_COLUMNS, ','), ...rows].join('\r\n')}\r\n`;
}
