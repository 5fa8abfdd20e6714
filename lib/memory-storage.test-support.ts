/** Storage fakes for tests of anything kept through lib/storage.ts. */
import type { KeyValueStorage } from './storage';

/** A Map behind the Web Storage calls; `data` shows what was written. */
export function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const storage: KeyValueStorage = {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
  return { data, storage };
}

/** Storage that reads but refuses every write, as a full quota or private mode does. */
export function readOnlyStorage(initial: Record<string, string> = {}) {
  const { data, storage } = memoryStorage(initial);
  const refuse = () => {
    throw new Error('QuotaExceededError');
  };
  return { data, storage: { ...storage, setItem: refuse, removeItem: refuse } satisfies KeyValueStorage };
}

/** Storage that throws on every call, as blocked cookies do. */
export const throwingStorage: KeyValueStorage = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};
