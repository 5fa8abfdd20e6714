/**
 * One way to keep a versioned value in key-value storage (localStorage in the browser, a fake in
 * tests): reads and writes never throw, and every outcome the learner should hear about (storage
 * unavailable, data reset, data from a newer version, a failed save) comes back as a value.
 * Pure: the caller passes the storage, so this runs in Node, a Web Worker or a page.
 */

/** The part of the Web Storage API used here. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export type Decoded<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface Codec<T> {
  /** The storage key, namespaced ("pushpull-lab:..."): the origin may be shared with other apps. */
  key: string;
  /** The newest version this code writes; a stored `version` above it is left untouched. */
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

/** The `version` of parsed JSON when it is a number above `current`, else null. */
export function newerVersion(json: unknown, current: number): number | null {
  if (typeof json !== 'object' || json === null || !('version' in json)) return null;
  const v = json.version;
  return typeof v === 'number' && Number.isFinite(v) && v > current ? v : null;
}

function read(storage: () => KeyValueStorage | null, key: string): string | null | undefined {
  try {
    const s = storage();
    return s ? s.getItem(key) : undefined;
  } catch {
    return undefined;
  }
}

/** Text → value, as `load` reads it; for data that arrives as text but not from storage. */
export function decodeText<T>(codec: Codec<T>, raw: string): Loaded<T> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { status: 'reset', value: codec.empty(), reason: 'it is not valid JSON' };
  }
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

/**
 * A store for one key. After a load found newer data, `save` refuses (so that data survives);
 * storage that cannot be read or written makes `save` report it instead of pretending.
 */
export function versionedStore<T>(
  codec: Codec<T>,
  storage: () => KeyValueStorage | null,
  encode: (value: T) => string = JSON.stringify,
): VersionedStore<T> {
  let keepNewer = false;
  return {
    load() {
      const raw = read(storage, codec.key);
      if (raw === undefined) return { status: 'unavailable', value: codec.empty() };
      if (raw === null) {
        keepNewer = false;
        return { status: 'empty', value: codec.empty() };
      }
      const loaded = decodeText(codec, raw);
      keepNewer = loaded.status === 'newer';
      return loaded;
    },
    save(value) {
      if (keepNewer) return { ok: false, reason: 'newer' };
      let s: KeyValueStorage | null;
      try {
        s = storage();
      } catch {
        s = null;
      }
      if (!s) return { ok: false, reason: 'unavailable' };
      try {
        s.setItem(codec.key, encode(value));
        return { ok: true };
      } catch {
        return { ok: false, reason: 'failed' };
      }
    },
  };
}
