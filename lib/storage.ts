/**
 * Everything the site keeps on this device, as one versioned document under one key: reads and
 * writes never throw, and every outcome the learner should hear about (storage unavailable, data
 * reset, data from a newer version, a failed save) comes back as a value.
 *
 * The document is a registry of sections ("lessons", "study", ...) under one version number. Each
 * section is decoded by its own module's codec, only when a page asks for it, so a lesson page never
 * loads the flashcard scheduler just to read the course progress. Before the document existed each
 * section had a key of its own (`Codec.key`): the first load of a section reads that key once,
 * moves it into the document and removes it.
 *
 * Pure: the caller passes the storage, so this runs in Node, a Web Worker or a page.
 */

/** The part of the Web Storage API used here. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type Decoded<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface Codec<T> {
  /**
   * The key this data was kept under before the one document ("pushpull-lab:..."): read once, moved
   * into the document, removed. Namespaced: the origin may be shared with other apps.
   */
  key: string;
  /** The newest version of the section this code writes; a stored `version` above it is left untouched. */
  version: number;
  empty(): T;
  /** Parsed JSON of this or an older version → the current shape; must never throw. */
  decode(json: unknown): Decoded<T>;
}

export type Loaded<T> =
  | { status: 'empty' | 'ok' | 'unavailable'; value: T }
  /** The stored data could not be read; `value` is empty. */
  | { status: 'reset'; value: T; reason: string }
  /** Written by a newer version of the site: kept in storage, never overwritten from here. */
  | { status: 'newer'; value: T; version: number };

export type Saved = { ok: true } | { ok: false; reason: 'unavailable' | 'newer' | 'failed' };

export interface VersionedStore<T> {
  load(): Loaded<T>;
  save(value: T): Saved;
}

export const DATA_KEY = 'pushpull-lab:data';
export const DATA_KIND = 'pushpull-lab/data';
/** The version of the document: which sections exist and how each is nested. */
export const DATA_VERSION = 1;
export const SECTION_NAMES = ['lessons', 'study', 'daily', 'diagnostic', 'spoken'] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

/** The document as stored, and as exported to a file. */
export interface DataDocument {
  kind: typeof DATA_KIND;
  version: typeof DATA_VERSION;
  /** Section → its data in its own module's format; a section not here is empty (or not moved in yet). */
  sections: Partial<Record<SectionName, unknown>>;
  /**
   * Sections lost when the whole document could not be read, with why: the learner hears it where
   * that section is shown, on whichever page that is, until the section is saved again.
   */
  resets?: Partial<Record<SectionName, string>>;
}

/** One section of the document: its name, its codec, and how its value is written (default: as it is). */
export interface Section<T> {
  name: SectionName;
  codec: Codec<T>;
  toJson?(value: T): unknown;
}

/** The `version` of parsed JSON when it is a number above `current`, else null. */
export function newerVersion(json: unknown, current: number): number | null {
  if (typeof json !== 'object' || json === null || !('version' in json)) return null;
  const v = json.version;
  return typeof v === 'number' && Number.isFinite(v) && v > current ? v : null;
}

/** Parsed JSON → value, as a section is read from storage or a file. */
export function decodeJson<T>(codec: Codec<T>, json: unknown): Loaded<T> {
  const newer = newerVersion(json, codec.version);
  if (newer !== null) return { status: 'newer', value: codec.empty(), version: newer };
  let decoded: Decoded<T>;
  try {
    decoded = codec.decode(json);
  } catch {
    // Decoders are written not to throw; a bug in one still must not take the page down.
    decoded = { ok: false, reason: 'it could not be read' };
  }
  return decoded.ok
    ? { status: 'ok', value: decoded.value }
    : { status: 'reset', value: codec.empty(), reason: decoded.reason };
}

function parse(raw: string): { ok: true; json: unknown } | { ok: false } {
  try {
    return { ok: true, json: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}

/** Text → value, as a section's old key is read; for data that arrives as text. */
export function decodeText<T>(codec: Codec<T>, raw: string): Loaded<T> {
  const parsed = parse(raw);
  return parsed.ok
    ? decodeJson(codec, parsed.json)
    : { status: 'reset', value: codec.empty(), reason: 'it is not valid JSON' };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isSection = (k: string): k is SectionName => (SECTION_NAMES as readonly string[]).includes(k);
/** A reason kept for a later notice; bounded, since it is shown to the learner. */
const REASON_MAX = 200;

export type Envelope =
  { status: 'ok'; doc: DataDocument } | { status: 'reset'; reason: string } | { status: 'newer'; version: number };

export const emptyDocument = (): DataDocument => ({ kind: DATA_KIND, version: DATA_VERSION, sections: {} });

/**
 * Parsed JSON → the document's envelope (sections still undecoded); never throws. Unknown sections
 * are dropped: a document of this version has none.
 */
export function decodeEnvelope(json: unknown): Envelope {
  if (!isObject(json) || json.kind !== DATA_KIND) return { status: 'reset', reason: 'it is not this site’s data' };
  const newer = newerVersion(json, DATA_VERSION);
  if (newer !== null) return { status: 'newer', version: newer };
  if (json.version !== DATA_VERSION) return { status: 'reset', reason: 'its version is unknown' };
  if (!isObject(json.sections)) return { status: 'reset', reason: 'it is damaged (sections: must be an object)' };
  const doc = emptyDocument();
  for (const [name, value] of Object.entries(json.sections)) if (isSection(name)) doc.sections[name] = value;
  if (isObject(json.resets)) {
    const resets: Partial<Record<SectionName, string>> = {};
    for (const [name, why] of Object.entries(json.resets))
      if (isSection(name) && typeof why === 'string') resets[name] = why.slice(0, REASON_MAX);
    if (Object.keys(resets).length) doc.resets = resets;
  }
  return { status: 'ok', doc };
}

/** Text → envelope, null when there is no document yet. */
function readEnvelope(raw: string | null): Envelope | null {
  if (raw === null) return null;
  const parsed = parse(raw);
  return parsed.ok ? decodeEnvelope(parsed.json) : { status: 'reset', reason: 'it is not valid JSON' };
}

/** Why listeners are called: a section saved its change, or the whole document was replaced. */
export type DataChange = 'saved' | 'replaced';

export interface DataStore {
  /** A store for one section; the views keep one each (module singletons). */
  section<T>(section: Section<T>): VersionedStore<T>;
  /** The document's sections as stored now (undecoded), or null when it cannot be read. */
  sections(): DataDocument['sections'] | null;
  /**
   * Replaces the named sections (undefined empties one) in one write, remembering the document
   * before so that `undo` can put it back once; sections' views reload on 'replaced'.
   */
  replace(changes: Partial<Record<SectionName, unknown>>): Saved;
  /** True while the last `replace` can be undone: nothing was saved since. */
  canUndo(): boolean;
  undo(): Saved;
  subscribe(listener: (change: DataChange) => void): () => void;
}

/**
 * The document in `storage()`. Each write reads the stored document afresh and changes only its own
 * section, so sections saved by other views (or tabs) are kept. After a load found newer data, that
 * section's `save` refuses (so the data survives); storage that cannot be read or written makes
 * `save` report it instead of pretending.
 */
export function dataStore(storage: () => KeyValueStorage | null): DataStore {
  const listeners = new Set<(change: DataChange) => void>();
  /** The stored text before and after the last replace, while it can still be undone. */
  let undoable: { before: string | null; after: string } | null = null;

  const open = (): KeyValueStorage | null => {
    try {
      return storage();
    } catch {
      return null;
    }
  };
  const get = (s: KeyValueStorage, key: string): string | null | undefined => {
    try {
      return s.getItem(key);
    } catch {
      return undefined;
    }
  };
  const write = (s: KeyValueStorage, doc: DataDocument): boolean => {
    try {
      s.setItem(DATA_KEY, JSON.stringify(doc));
      return true;
    } catch {
      return false;
    }
  };
  const remove = (s: KeyValueStorage, key: string) => {
    try {
      s.removeItem(key);
    } catch {
      // Left behind, it is removed at the next load: the document wins over an old key.
    }
  };
  const notify = (change: DataChange) => listeners.forEach((l) => l(change));

  /** The document to change: the stored one, or a fresh one that remembers why the old one went. */
  const base = (envelope: Envelope | null, except: SectionName): DataDocument | 'newer' => {
    if (envelope === null) return emptyDocument();
    if (envelope.status === 'newer') return 'newer';
    if (envelope.status === 'ok') return structuredClone(envelope.doc);
    const doc = emptyDocument();
    const why = envelope.reason;
    doc.resets = Object.fromEntries(SECTION_NAMES.filter((n) => n !== except).map((n) => [n, why]));
    return doc;
  };

  function section<T>({ name, codec, toJson = (v) => v }: Section<T>): VersionedStore<T> {
    let keepNewer = false;
    const empty = (status: 'empty' | 'unavailable'): Loaded<T> => ({ status, value: codec.empty() });

    /** The section's old key → the document, once; the old key goes when the document has it. */
    function migrate(s: KeyValueStorage, doc: DataDocument, raw: string): Loaded<T> {
      const loaded = decodeText(codec, raw);
      if (loaded.status === 'newer') return loaded;
      if (loaded.status === 'ok') doc.sections[name] = toJson(loaded.value);
      else if (loaded.status === 'reset') doc.resets = { ...doc.resets, [name]: loaded.reason.slice(0, REASON_MAX) };
      if (write(s, doc)) remove(s, codec.key);
      return loaded;
    }

    return {
      load() {
        keepNewer = false;
        const s = open();
        const raw = s ? get(s, DATA_KEY) : undefined;
        if (!s || raw === undefined) return empty('unavailable');
        const envelope = readEnvelope(raw);
        if (envelope?.status === 'newer') {
          keepNewer = true;
          return { status: 'newer', value: codec.empty(), version: envelope.version };
        }
        if (envelope?.status === 'reset') return { status: 'reset', value: codec.empty(), reason: envelope.reason };
        const doc = envelope?.doc ?? emptyDocument();
        const old = get(s, codec.key);
        let loaded: Loaded<T>;
        if (name in doc.sections) {
          // A copy of an old key left behind (another tab of an old version, a failed removal).
          if (old !== null && old !== undefined) remove(s, codec.key);
          loaded = decodeJson(codec, doc.sections[name]);
        } else if (old !== null && old !== undefined) loaded = migrate(s, doc, old);
        else if (doc.resets?.[name]) loaded = { status: 'reset', value: codec.empty(), reason: doc.resets[name] };
        else loaded = empty('empty');
        keepNewer = loaded.status === 'newer';
        return loaded;
      },
      save(value) {
        if (keepNewer) return { ok: false, reason: 'newer' };
        const s = open();
        const raw = s ? get(s, DATA_KEY) : undefined;
        if (!s || raw === undefined) return { ok: false, reason: 'unavailable' };
        const doc = base(readEnvelope(raw), name);
        if (doc === 'newer') return { ok: false, reason: 'newer' };
        doc.sections[name] = toJson(value);
        if (doc.resets) {
          delete doc.resets[name];
          if (!Object.keys(doc.resets).length) delete doc.resets;
        }
        if (!write(s, doc)) return { ok: false, reason: 'failed' };
        undoable = null;
        notify('saved');
        return { ok: true };
      },
    };
  }

  const current = (): { s: KeyValueStorage; raw: string | null; envelope: Envelope | null } | null => {
    const s = open();
    const raw = s ? get(s, DATA_KEY) : undefined;
    return s && raw !== undefined ? { s, raw, envelope: readEnvelope(raw) } : null;
  };

  /** Writes `text` (or removes the document for null); true when it worked. */
  const put = (s: KeyValueStorage, text: string | null): boolean => {
    try {
      if (text === null) s.removeItem(DATA_KEY);
      else s.setItem(DATA_KEY, text);
      return true;
    } catch {
      return false;
    }
  };

  return {
    section,
    sections() {
      const now = current();
      if (!now) return null;
      if (now.envelope === null) return {};
      return now.envelope.status === 'ok' ? now.envelope.doc.sections : null;
    },
    replace(changes) {
      const now = current();
      if (!now) return { ok: false, reason: 'unavailable' };
      if (now.envelope?.status === 'newer') return { ok: false, reason: 'newer' };
      const doc = now.envelope?.status === 'ok' ? structuredClone(now.envelope.doc) : emptyDocument();
      delete doc.resets;
      for (const name of SECTION_NAMES) {
        if (!(name in changes)) continue;
        if (changes[name] === undefined) delete doc.sections[name];
        else doc.sections[name] = changes[name];
      }
      const after = JSON.stringify(doc);
      if (!put(now.s, after)) return { ok: false, reason: 'failed' };
      undoable = { before: now.raw, after };
      notify('replaced');
      return { ok: true };
    },
    canUndo() {
      if (!undoable) return false;
      const s = open();
      return s !== null && get(s, DATA_KEY) === undoable.after;
    },
    undo() {
      const s = open();
      if (!undoable || !s || get(s, DATA_KEY) !== undoable.after) return { ok: false, reason: 'unavailable' };
      if (!put(s, undoable.before)) return { ok: false, reason: 'failed' };
      undoable = null;
      notify('replaced');
      return { ok: true };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
