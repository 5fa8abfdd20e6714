import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, newerVersion, versionedStore, type Codec, type KeyValueStorage } from './storage';

/** A codec for `{ version: 1, n: number }`, so the wrapper is tested apart from any real data. */
const codec: Codec<{ version: 1; n: number }> = {
  key: 'test:key',
  version: 1,
  empty: () => ({ version: 1, n: 0 }),
  decode: (json) =>
    typeof json === 'object' && json !== null && 'version' in json && json.version === 1 && 'n' in json
      ? typeof json.n === 'number'
        ? { ok: true, value: { version: 1, n: json.n } }
        : { ok: false, reason: 'n is not a number' }
      : { ok: false, reason: 'not ours' },
};

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const storage: KeyValueStorage = {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
  };
  return { data, storage };
}

const throwing: KeyValueStorage = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('versionedStore', () => {
  it('loads what it saved', () => {
    const { storage } = memoryStorage();
    const store = versionedStore(codec, () => storage);
    expect(store.load()).toEqual({ status: 'empty', value: { version: 1, n: 0 } });
    expect(store.save({ version: 1, n: 7 })).toEqual({ ok: true });
    expect(store.load()).toEqual({ status: 'ok', value: { version: 1, n: 7 } });
  });

  it('reports unreadable data as reset, with the reason', () => {
    const { storage } = memoryStorage({ 'test:key': '{"version":1,"n":"x"}' });
    expect(versionedStore(codec, () => storage).load()).toEqual({
      status: 'reset',
      value: { version: 1, n: 0 },
      reason: 'n is not a number',
    });
    expect(decodeText(codec, '{').status).toBe('reset');
  });

  it('never overwrites data from a newer version', () => {
    const newer = '{"version":2,"n":5,"more":true}';
    const { storage, data } = memoryStorage({ 'test:key': newer });
    const store = versionedStore(codec, () => storage);
    expect(store.load()).toEqual({ status: 'newer', value: { version: 1, n: 0 }, version: 2 });
    expect(store.save({ version: 1, n: 1 })).toEqual({ ok: false, reason: 'newer' });
    expect(data.get('test:key')).toBe(newer);
  });

  it('reports a failing or missing storage instead of throwing', () => {
    const store = versionedStore(codec, () => throwing);
    expect(store.load().status).toBe('unavailable');
    expect(store.save({ version: 1, n: 1 })).toEqual({ ok: false, reason: 'failed' });
    expect(versionedStore(codec, () => null).save({ version: 1, n: 1 })).toEqual({ ok: false, reason: 'unavailable' });
    const blocked = versionedStore(codec, () => {
      throw new Error('SecurityError');
    });
    expect(blocked.load().status).toBe('unavailable');
    expect(blocked.save({ version: 1, n: 1 })).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('survives a decoder that throws', () => {
    const bad: Codec<number> = { ...codec, empty: () => 0, decode: () => JSON.parse('{') as never };
    expect(decodeText(bad, '{"version":1}')).toMatchObject({ status: 'reset' });
  });

  it('never throws on any stored text', () =>
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (raw) => {
          const { storage } = memoryStorage({ 'test:key': raw });
          const loaded = versionedStore(codec, () => storage).load();
          expect(['ok', 'reset', 'newer']).toContain(loaded.status);
        },
      ),
    ));
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
