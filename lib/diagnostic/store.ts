/**
 * What the diagnostic and "say it out loud" keep on this device, as versioned codecs for the
 * shared storage wrapper. Decoders never throw: foreign or damaged entries are dropped one by one,
 * and data that is not ours at all resets with a reason the page shows.
 */
import type { Codec, Decoded, Section } from '../storage';
import { DIAGNOSTIC } from './questions';
import type { Attempt } from './score';

/** Enough history for a course taken many times; the oldest entries go first. */
export const HISTORY_LIMIT = 50;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** Decodes `{ version, [field]: [...] }`, keeping the entries `entry` accepts. */
function listDecoder<T>(field: string, entry: (v: unknown) => T | null) {
  return (json: unknown): Decoded<T[]> => {
    if (!isRecord(json) || !Array.isArray(json[field])) return { ok: false, reason: 'it is not this site’s data' };
    const kept = (json[field] as unknown[]).map(entry).filter((e): e is T => e !== null);
    return { ok: true, value: kept.slice(-HISTORY_LIMIT) };
  };
}

function attempt(v: unknown): Attempt | null {
  if (!isRecord(v) || (v.form !== 'A' && v.form !== 'B') || !isTime(v.finishedAtMs) || !isRecord(v.answers))
    return null;
  const answers: Record<string, boolean> = {};
  for (const q of DIAGNOSTIC) {
    const a = v.answers[q.id];
    if (q.form === v.form && typeof a === 'boolean') answers[q.id] = a;
  }
  return Object.keys(answers).length ? { form: v.form, finishedAtMs: v.finishedAtMs, answers } : null;
}

export interface DiagnosticData {
  version: 1;
  attempts: Attempt[];
}

const decodeAttempts = listDecoder('attempts', attempt);

export const DIAGNOSTIC_CODEC: Codec<Attempt[]> = {
  key: 'pushpull-lab:diagnostic',
  version: 1,
  empty: () => [],
  decode: decodeAttempts,
};

/** The diagnostic's attempts in the one stored document (lib/storage.ts). */
export const DIAGNOSTIC_SECTION: Section<Attempt[]> = {
  name: 'diagnostic',
  codec: DIAGNOSTIC_CODEC,
  toJson: (attempts) => ({ version: 1, attempts: attempts.slice(-HISTORY_LIMIT) }) satisfies DiagnosticData,
};

/** One self-graded answer to the interview question, written or recorded. */
export interface SpokenAnswer {
  savedAtMs: number;
  text: string;
  /** Indices of the rubric items the learner ticked. */
  covered: number[];
  rubricSize: number;
  /** Key of the recording in this device's IndexedDB, or null for a written answer. */
  audioId: string | null;
}

function spoken(v: unknown): SpokenAnswer | null {
  if (!isRecord(v) || !isTime(v.savedAtMs) || typeof v.text !== 'string') return null;
  const size = v.rubricSize;
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 1 || size > 50) return null;
  if (!Array.isArray(v.covered)) return null;
  const covered = [...new Set(v.covered)].filter(
    (i): i is number => typeof i === 'number' && Number.isInteger(i) && i >= 0 && i < size,
  );
  const audioId = typeof v.audioId === 'string' && v.audioId ? v.audioId : null;
  return { savedAtMs: v.savedAtMs, text: v.text, covered: covered.sort((a, b) => a - b), rubricSize: size, audioId };
}

export const SPOKEN_CODEC: Codec<SpokenAnswer[]> = {
  key: 'pushpull-lab:spoken-answer',
  version: 1,
  empty: () => [],
  decode: listDecoder('entries', spoken),
};

/** The self-graded spoken answers in the one stored document; recordings stay in IndexedDB. */
export const SPOKEN_SECTION: Section<SpokenAnswer[]> = {
  name: 'spoken',
  codec: SPOKEN_CODEC,
  toJson: (entries) => ({ version: 1, entries: entries.slice(-HISTORY_LIMIT) }),
};
