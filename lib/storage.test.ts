import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryStorage, readOnlyStorage, throwingStorage } from './memory-storage.test-support';
import {
  DATA_KEY,
  dataStore,
  decodeText,
  newerVersion,
  type Codec,
  type DataChange,
  type KeyValueStorage,
  type Section,
} from './storage';

type N = { version: 1; n: number };

/** A codec for `{ version: 1, n: number }`, so the store is tested apart from any real data. */
const codec = (key: string): Codec<N> => ({
  key,
  version: 1,
  empty: () => ({ version: 1, n: 0 }),
  decode: (json) =>
    typeof json === 'object' && json !== null && 'version' in json && json.version === 1 && 'n' in json
      ? typeof json.n === 'number'
        ? { ok: true, value: { version: 1, n: json.n } }
        : { ok: false, reason: 'n is not a number' }
      : { ok: false, reason: 'not ours' },
});

/** Two sections with keys of their own from before the one document. */
const A: Section<N> = { name: 'lessons', codec: codec('test:a') };
const B: Section<N> = { name: 'study', codec: codec('test:b') };
const n = (v: number): N => ({ version: 1, n: v });
const stored = (data: Map<string, string>) => JSON.parse(data.get(DATA_KEY) ?? 'null');

describe('one document, a section each', () => {
  it('keeps every section under one key with one version, each section as its module writes it', () => {
    const { data, storage } = memoryStorage();
    const site = dataStore(() => storage);
    const a = site.section(A);
    const b = site.section(B);
    expect(a.load()).toEqual({ status: 'empty', value: n(0) });
    expect(a.save(n(1))).toEqual({ ok: true });
    expect(b.save(n(2))).toEqual({ ok: true });
    expect([...data.keys()]).toEqual([DATA_KEY]);
    expect(stored(data)).toEqual({
      kind: 'pushpull-lab/data',
      version: 1,
      sections: { lessons: n(1), study: n(2) },
    });
    // A second page's stores (a fresh dataStore) read the same.
    const again = dataStore(() => storage);
    expect(again.section(A).load()).toEqual({ status: 'ok', value: n(1) });
    expect(again.section(B).load()).toEqual({ status: 'ok', value: n(2) });
  });

  it('a save changes only its own section, as stored now (another tab may have saved the other)', () => {
    const { storage } = memoryStorage();
    const here = dataStore(() => storage).section(A);
    const otherTab = dataStore(() => storage).section(B);
    here.load();
    otherTab.save(n(5));
    here.save(n(1));
    expect(
      dataStore(() => storage)
        .section(B)
        .load(),
    ).toEqual({ status: 'ok', value: n(5) });
  });

  it('writes a section through its toJson', () => {
    const { data, storage } = memoryStorage();
    const wrapped: Section<N> = { ...A, toJson: (v) => ({ ...v, extra: true }) };
    dataStore(() => storage)
      .section(wrapped)
      .save(n(3));
    expect(stored(data).sections.lessons).toEqual({ version: 1, n: 3, extra: true });
  });
});

describe('migration from the keys kept before the document', () => {
  it('reads an old key once, moves it into the document and removes it', () => {
    const { data, storage } = memoryStorage({ 'test:a': '{"version":1,"n":7}', 'test:b': '{"version":1,"n":8}' });
    const site = dataStore(() => storage);
    expect(site.section(A).load()).toEqual({ status: 'ok', value: n(7) });
    expect(data.has('test:a')).toBe(false);
    // B has not been asked for yet: its key waits, and the document does not claim it.
    expect(data.get('test:b')).toBe('{"version":1,"n":8}');
    expect(stored(data).sections).toEqual({ lessons: n(7) });
    expect(site.section(B).load()).toEqual({ status: 'ok', value: n(8) });
    expect([...data.keys()]).toEqual([DATA_KEY]);
    expect(site.section(A).load()).toEqual({ status: 'ok', value: n(7) });
  });

  it('keeps the old key when the document cannot be written, and reads it again next time', () => {
    const { data, storage } = readOnlyStorage({ 'test:a': '{"version":1,"n":7}' });
    const a = dataStore(() => storage).section(A);
    expect(a.load()).toEqual({ status: 'ok', value: n(7) });
    expect(data.get('test:a')).toBe('{"version":1,"n":7}');
    expect(a.save(n(8))).toEqual({ ok: false, reason: 'failed' });
    expect(a.load()).toEqual({ status: 'ok', value: n(7) });
  });

  it('an unreadable old key resets with its reason, said until the section is saved', () => {
    const { data, storage } = memoryStorage({ 'test:a': '{"version":1,"n":"x"}' });
    const site = dataStore(() => storage);
    const reset = { status: 'reset', value: n(0), reason: 'n is not a number' };
    expect(site.section(A).load()).toEqual(reset);
    expect(data.has('test:a')).toBe(false);
    // The learner may not be on a page that shows this section: the next page that does says it.
    expect(
      dataStore(() => storage)
        .section(A)
        .load(),
    ).toEqual(reset);
    site.section(A).save(n(1));
    expect(site.section(A).load()).toEqual({ status: 'ok', value: n(1) });
    expect(stored(data).resets).toBeUndefined();
  });

  it('never moves or overwrites an old key written by a newer version', () => {
    const newer = '{"version":2,"n":5,"more":true}';
    const { data, storage } = memoryStorage({ 'test:a': newer });
    const a = dataStore(() => storage).section(A);
    expect(a.load()).toEqual({ status: 'newer', value: n(0), version: 2 });
    expect(a.save(n(1))).toEqual({ ok: false, reason: 'newer' });
    expect(data.get('test:a')).toBe(newer);
    expect(data.has(DATA_KEY)).toBe(false);
  });

  it('an old key left beside a section the document has is stale: the document wins and the key goes', () => {
    const { data, storage } = memoryStorage({ 'test:a': '{"version":1,"n":9}' });
    const site = dataStore(() => storage);
    site.section(A).save(n(1));
    data.set('test:a', '{"version":1,"n":9}');
    expect(site.section(A).load()).toEqual({ status: 'ok', value: n(1) });
    expect(data.has('test:a')).toBe(false);
  });
});

describe('damaged, foreign and newer documents', () => {
  it.each([
    ['not JSON', '{"kind":"pushpull-lab/da', 'it is not valid JSON'],
    ['foreign JSON', '{"theme":"dark"}', 'it is not this site’s data'],
    ['an array', '[1,2]', 'it is not this site’s data'],
    ['an unknown version', '{"kind":"pushpull-lab/data","version":0,"sections":{}}', 'its version is unknown'],
    ['no sections', '{"kind":"pushpull-lab/data","version":1}', 'it is damaged (sections: must be an object)'],
  ])('%s: every section resets with the reason; the first save tells the other sections', (_, raw, reason) => {
    const { data, storage } = memoryStorage({ [DATA_KEY]: raw });
    const site = dataStore(() => storage);
    expect(site.section(A).load()).toEqual({ status: 'reset', value: n(0), reason });
    expect(site.section(B).load()).toEqual({ status: 'reset', value: n(0), reason });
    expect(site.section(A).save(n(1))).toEqual({ ok: true });
    expect(stored(data).sections).toEqual({ lessons: n(1) });
    // B's data went with the damaged document; B's page says so, until B saves.
    expect(site.section(B).load()).toEqual({ status: 'reset', value: n(0), reason });
    site.section(B).save(n(2));
    expect(stored(data).sections).toEqual({ lessons: n(1), study: n(2) });
    expect(Object.keys(stored(data).resets)).toEqual(['daily', 'diagnostic', 'spoken']);
  });

  it('one damaged section resets alone; the others load', () => {
    const raw = JSON.stringify({ kind: 'pushpull-lab/data', version: 1, sections: { lessons: { n: 1 }, study: n(4) } });
    const { storage } = memoryStorage({ [DATA_KEY]: raw });
    const site = dataStore(() => storage);
    expect(site.section(A).load()).toEqual({ status: 'reset', value: n(0), reason: 'not ours' });
    expect(site.section(B).load()).toEqual({ status: 'ok', value: n(4) });
  });

  it('a document from a newer version is kept as it is: nothing loads, nothing saves, nothing replaces it', () => {
    const newer = JSON.stringify({ kind: 'pushpull-lab/data', version: 2, sections: { lessons: n(3) }, more: 1 });
    const { data, storage } = memoryStorage({ [DATA_KEY]: newer, 'test:a': '{"version":1,"n":7}' });
    const site = dataStore(() => storage);
    const a = site.section(A);
    expect(a.load()).toEqual({ status: 'newer', value: n(0), version: 2 });
    expect(a.save(n(1))).toEqual({ ok: false, reason: 'newer' });
    // A store that never loaded still reads the document before writing.
    expect(site.section(B).save(n(1))).toEqual({ ok: false, reason: 'newer' });
    expect(site.replace({ lessons: n(1) })).toEqual({ ok: false, reason: 'newer' });
    expect(data.get(DATA_KEY)).toBe(newer);
    expect(data.get('test:a')).toBe('{"version":1,"n":7}');
  });

  it('a section from a newer version is kept; the other sections still save', () => {
    const raw = JSON.stringify({ kind: 'pushpull-lab/data', version: 1, sections: { lessons: { version: 3, n: 1 } } });
    const { data, storage } = memoryStorage({ [DATA_KEY]: raw });
    const site = dataStore(() => storage);
    const a = site.section(A);
    expect(a.load()).toEqual({ status: 'newer', value: n(0), version: 3 });
    expect(a.save(n(1))).toEqual({ ok: false, reason: 'newer' });
    expect(site.section(B).save(n(2))).toEqual({ ok: true });
    expect(stored(data).sections).toEqual({ lessons: { version: 3, n: 1 }, study: n(2) });
  });

  it('reports storage that fails or is missing instead of throwing', () => {
    const failing = dataStore(() => throwingStorage).section(A);
    expect(failing.load().status).toBe('unavailable');
    expect(failing.save(n(1))).toEqual({ ok: false, reason: 'unavailable' });
    expect(
      dataStore(() => null)
        .section(A)
        .save(n(1)),
    ).toEqual({ ok: false, reason: 'unavailable' });
    const blocked = dataStore(() => {
      throw new Error('SecurityError');
    });
    expect(blocked.section(A).load().status).toBe('unavailable');
    expect(blocked.replace({})).toEqual({ ok: false, reason: 'unavailable' });
    const { storage } = readOnlyStorage();
    expect(
      dataStore(() => storage)
        .section(A)
        .save(n(1)),
    ).toEqual({ ok: false, reason: 'failed' });
  });

  it('survives a decoder that throws', () => {
    const bad: Codec<number> = { key: 'x', version: 1, empty: () => 0, decode: () => JSON.parse('{') as never };
    expect(decodeText(bad, '{"version":1}')).toMatchObject({ status: 'reset' });
  });

  it('never throws, whatever the document or an old key holds', () => {
    const text = fc.oneof(
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc
        .record({
          sections: fc.dictionary(fc.constantFrom('lessons', 'study', 'x'), fc.jsonValue()),
          resets: fc.jsonValue(),
        })
        .map((d) => JSON.stringify({ kind: 'pushpull-lab/data', version: 1, ...d })),
    );
    fc.assert(
      fc.property(fc.option(text), fc.option(text), (doc, old) => {
        const init: Record<string, string> = {};
        if (doc !== null) init[DATA_KEY] = doc;
        if (old !== null) init['test:a'] = old;
        const { storage } = memoryStorage(init);
        const a = dataStore(() => storage).section(A);
        expect(['ok', 'reset', 'newer', 'empty']).toContain(a.load().status);
        const saved = a.save(n(1));
        if (saved.ok)
          expect(
            dataStore(() => storage)
              .section(A)
              .load(),
          ).toEqual({ status: 'ok', value: n(1) });
      }),
    );
  });
});

describe('replacing the document, and undoing that once', () => {
  function setup() {
    const { data, storage } = memoryStorage();
    const site = dataStore(() => storage);
    const changes: DataChange[] = [];
    site.subscribe((c) => changes.push(c));
    site.section(A).save(n(1));
    site.section(B).save(n(2));
    return { data, storage, site, changes };
  }

  it('replaces the named sections, empties those given as undefined, keeps the rest', () => {
    const { site, changes } = setup();
    expect(site.replace({ lessons: n(9), study: undefined })).toEqual({ ok: true });
    expect(site.section(A).load()).toEqual({ status: 'ok', value: n(9) });
    expect(site.section(B).load()).toEqual({ status: 'empty', value: n(0) });
    expect(site.replace({ study: n(3) })).toEqual({ ok: true });
    expect(site.section(A).load()).toEqual({ status: 'ok', value: n(9) });
    expect(changes).toEqual(['saved', 'saved', 'replaced', 'replaced']);
  });

  it('undo puts back exactly what was stored, once', () => {
    const { data, site, changes } = setup();
    const before = data.get(DATA_KEY);
    expect(site.canUndo()).toBe(false);
    site.replace({ lessons: n(9) });
    expect(site.canUndo()).toBe(true);
    expect(site.undo()).toEqual({ ok: true });
    expect(data.get(DATA_KEY)).toBe(before);
    expect(site.canUndo()).toBe(false);
    expect(site.undo()).toEqual({ ok: false, reason: 'unavailable' });
    expect(changes.at(-1)).toBe('replaced');
  });

  it('undo of a replace on a new device removes the document again', () => {
    const { data, storage } = memoryStorage();
    const site = dataStore(() => storage);
    site.replace({ study: n(4) });
    site.undo();
    expect(data.has(DATA_KEY)).toBe(false);
  });

  it('no undo once anything was saved after the replace, here or in another tab', () => {
    const { storage, site } = setup();
    site.replace({ lessons: n(9) });
    site.section(B).save(n(5));
    expect(site.canUndo()).toBe(false);
    site.replace({ lessons: n(8) });
    dataStore(() => storage)
      .section(B)
      .save(n(6));
    expect(site.canUndo()).toBe(false);
    expect(site.undo()).toEqual({ ok: false, reason: 'unavailable' });
    expect(site.section(B).load()).toEqual({ status: 'ok', value: n(6) });
  });

  it('a replace that cannot be written changes nothing and cannot be undone', () => {
    const { data, storage } = readOnlyStorage({ [DATA_KEY]: '{"kind":"pushpull-lab/data","version":1,"sections":{}}' });
    const site = dataStore(() => storage as KeyValueStorage);
    expect(site.replace({ lessons: n(1) })).toEqual({ ok: false, reason: 'failed' });
    expect(site.canUndo()).toBe(false);
    expect(data.get(DATA_KEY)).toBe('{"kind":"pushpull-lab/data","version":1,"sections":{}}');
  });
});

describe('newerVersion', () => {
  it.each([
    [{ version: 2 }, 2],
    [{ version: 1 }, null],
    [{ version: '2' }, null],
    [{ version: Infinity }, null],
    [[2], null],
    [null, null],
  ])('%j against version 1 → %j', (json, expected) => {
    expect(newerVersion(json, 1)).toBe(expected);
  });
});
