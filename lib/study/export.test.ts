import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DECK, TOPICS, type Card } from './deck';
import { ANKI_DECK, richToHtml, toAnkiText } from './export-anki';
import { toCsv } from './export-csv';
import { delimitedRow } from './export-delimited';
import { htmlToRich, parseDelimited, readAnki } from './read-export.test-support';

const tricky: Card = {
  id: 'tricky',
  topic: 'pushgateway',
  front: 'Is `a < b && c > d` a "quoted"\tfield; with, commas?',
  back: 'Line one\nline two with &amp; and <b>not bold</b> and `code "q"`',
  links: [],
};

describe('delimitedRow', () => {
  it('round-trips any fields through an RFC 4180 reader', () => {
    const field = fc.string({ unit: fc.constantFrom('a', ',', '\t', '"', '\n', '\r', ' ', 'é') });
    fc.assert(
      fc.property(fc.array(field, { minLength: 2, maxLength: 5 }), fc.constantFrom(',', '\t'), (fields, sep) => {
        expect(parseDelimited(`${delimitedRow(fields, sep)}\n`, sep)).toEqual([fields]);
      }),
    );
  });

  it('quotes only fields that need it', () => {
    expect(delimitedRow(['plain', 'a,b', 'say "hi"', 'x\ty'], ',')).toBe('plain,"a,b","say ""hi""",x\ty');
    expect(delimitedRow(['a,b', 'x\ty'], '\t')).toBe('a,b\t"x\ty"');
  });
});

describe('toAnkiText', () => {
  it('starts with the header lines that answer every import-dialog choice', () => {
    const { header } = readAnki(toAnkiText(DECK));
    expect(header).toEqual({
      separator: 'tab',
      html: 'true',
      notetype: 'Basic',
      columns: 'Front\tBack\tDeck\tTags',
      'deck column': '3',
      'tags column': '4',
    });
  });

  it('holds every card of the deck once, front, back and tags intact', () => {
    const { rows } = readAnki(toAnkiText(DECK));
    expect(rows).toHaveLength(DECK.length);
    rows.forEach((row, i) => {
      const card = DECK[i];
      expect(row).toHaveLength(4);
      expect(htmlToRich(row[0])).toBe(card.front);
      expect(htmlToRich(row[1])).toBe(card.back);
      expect(row[2]).toBe(ANKI_DECK);
      expect(row[3].split(' ')).toEqual(['pushpull-lab', `pushpull-lab::${card.topic}`]);
    });
  });

  it('escapes HTML so text that looks like markup shows as text', () => {
    const [row] = readAnki(toAnkiText([tricky])).rows;
    expect(row[0]).toBe('Is <code>a &lt; b &amp;&amp; c &gt; d</code> a "quoted"\tfield; with, commas?');
    expect(row[1]).toBe(
      'Line one<br>line two with &amp;amp; and &lt;b&gt;not bold&lt;/b&gt; and <code>code "q"</code>',
    );
    expect(htmlToRich(row[0])).toBe(tricky.front);
    expect(htmlToRich(row[1])).toBe(tricky.back);
  });

  it('writes no raw tag except <code> and <br>', () => {
    const html = DECK.flatMap((c) => [richToHtml(c.front), richToHtml(c.back)]).join('');
    expect(html.replace(/<\/?code>|<br>/g, '')).not.toMatch(/[<>]/);
  });
});

describe('toCsv', () => {
  it('has a header row, CRLF line ends and every card as plain text', () => {
    const text = toCsv([...DECK, tricky]);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseDelimited(text, ',');
    expect(rows[0]).toEqual(['id', 'topic', 'front', 'back']);
    expect(rows.slice(1)).toEqual(
      [...DECK, tricky].map((c) => [c.id, TOPICS[c.topic], c.front.replaceAll('`', ''), c.back.replaceAll('`', '')]),
    );
  });
});
