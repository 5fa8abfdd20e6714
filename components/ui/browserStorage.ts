import type { KeyValueStorage } from '@/lib/storage';

/** `window.localStorage` when the page may use it, else null; reading it can throw (blocked cookies). */
export function browserStorage(): KeyValueStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}
