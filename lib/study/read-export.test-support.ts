/**
 * Test support, not shipped: an independent reader of the exports, written from RFC 4180 and the
 * Anki manual (https://docs.ankiweb.net/importing/text-files.html), shared by the unit tests and
 * the browser test that downloads the files.
 */

/** Quoted delimited text → rows: a quoted field may hold the separator, line breaks and doubled quotes. */
export function parseDelimited(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || (ch === '\r' && text[i + 1] === '\n')) {
      if (ch === '\r') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

/** Anki HTML back to study text, by the three entities the manual lists and our <code> mark. */
export function htmlToRich(html: string): string {
  return html
    .replaceAll('<code>', '`')
    .replaceAll('</code>', '`')
    .replaceAll('<br>', '\n')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

export /** An Anki text file → its `#key:value` header lines and its rows. */
function readAnki(text: string) {
  const lines = text.split('\n');
  const header: Record<string, string> = {};
  let i = 0;
  for (; lines[i]?.startsWith('#'); i++) {
    const [key, ...value] = lines[i].slice(1).split(':');
    header[key] = value.join(':');
  }
  return { header, rows: parseDelimited(lines.slice(i).join('\n'), '\t') };
}
