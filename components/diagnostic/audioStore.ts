/**
 * Recordings of the learner's spoken answers, kept in this browser's IndexedDB and never sent
 * anywhere. Every call resolves: a browser without IndexedDB (or one that refuses it) gives false/null.
 */
const DB = 'pushpull-lab-audio';
const STORE = 'recordings';

function open(): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    try {
      const req = indexedDB.open(DB, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => resolve(null);
      req.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

async function run<T>(
  mode: IDBTransactionMode,
  op: (s: IDBObjectStore) => IDBRequest,
  done: (r: unknown) => T,
  failed: T,
) {
  const db = await open();
  if (!db) return failed;
  return new Promise<T>((resolve) => {
    try {
      const req = op(db.transaction(STORE, mode).objectStore(STORE));
      req.onsuccess = () => resolve(done(req.result));
      req.onerror = () => resolve(failed);
    } catch {
      resolve(failed);
    }
  }).finally(() => db.close());
}

export const saveRecording = (id: string, audio: Blob) =>
  run(
    'readwrite',
    (s) => s.put(audio, id),
    () => true,
    false,
  );

export const loadRecording = (id: string) =>
  run(
    'readonly',
    (s) => s.get(id),
    (r) => (r instanceof Blob ? r : null),
    null as Blob | null,
  );

/** Whether the recordings database exists, without creating it (where the browser can tell). */
async function exists(): Promise<boolean> {
  try {
    if (typeof indexedDB === 'undefined') return false;
    if (typeof indexedDB.databases !== 'function') return true;
    return (await indexedDB.databases()).some((d) => d.name === DB);
  } catch {
    return false;
  }
}

/** How many recordings this browser keeps; null when IndexedDB cannot be read. */
export const countRecordings = async (): Promise<number | null> =>
  (await exists())
    ? run(
        'readonly',
        (s) => s.count(),
        (r) => (typeof r === 'number' ? r : null),
        null as number | null,
      )
    : 0;

/** Deletes every recording; true when none is left. */
export const deleteRecordings = async (): Promise<boolean> =>
  (await exists())
    ? run(
        'readwrite',
        (s) => s.clear(),
        () => true,
        false,
      )
    : true;
