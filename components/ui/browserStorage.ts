import { dataStore, type KeyValueStorage } from '@/lib/storage';

/** `window.localStorage` when the page may use it, else null; reading it can throw (blocked cookies). */
export function browserStorage(): KeyValueStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** Everything the site keeps in this browser, one document; each view keeps a store for its section. */
export const siteData = dataStore(browserStorage);
