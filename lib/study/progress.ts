/**
 * Saved study progress: a versioned zod schema, a migration from the earlier unversioned shape,
 * and decoding that never throws. Storage and imported files go through the same `decode`, so a
 * file is accepted exactly when the same text in localStorage would be.
 */
import { z } from 'zod';
import { State } from 'ts-fsrs';
import { newCardState, type CardState } from './scheduler';

export const PROGRESS_VERSION = 1;
export const PROGRESS_KIND = 'pushpull-lab/study-progress';
export const STORAGE_KEY = 'pushpull-lab:study';
/** Quiz attempts kept; older ones are dropped first. */
export const QUIZ_HISTORY_LIMIT = 50;

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be a date');
const nonNegative = z.number().finite().nonnegative();

const cardStateSchema = z.object({
  due: isoDate,
  stability: nonNegative,
  difficulty: nonNegative,
  elapsed_days: nonNegative,
  scheduled_days: nonNegative,
  learning_steps: z.number().int().nonnegative(),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  state: z.enum(State),
  last_review: isoDate.optional(),
});

const attemptSchema = z.object({
  at: isoDate,
  score: z.number().int().nonnegative(),
  total: z.number().int().positive(),
  /** Ids of the questions answered wrongly, for the review of mistakes. */
  wrong: z.array(z.string()),
});

const progressV1 = z.object({
  kind: z.literal(PROGRESS_KIND),
  version: z.literal(PROGRESS_VERSION),
  cards: z.record(z.string(), cardStateSchema),
  quiz: z.array(attemptSchema).max(QUIZ_HISTORY_LIMIT),
});

/** v0: the first release's shape, unversioned, with Leitner-style intervals in whole days. */
const progressV0 = z.object({
  cards: z.record(
    z.string(),
    z.object({
      due: z.number().finite(),
      interval: nonNegative,
      reps: z.number().int().nonnegative(),
      lapses: z.number().int().nonnegative(),
    }),
  ),
  quizScores: z.array(z.object({ date: isoDate, score: z.number().int(), total: z.number().int() })).optional(),
});

export type Progress = z.infer<typeof progressV1>;
export type QuizAttempt = z.infer<typeof attemptSchema>;
export type ProgressV0 = z.infer<typeof progressV0>;

export const emptyProgress = (): Progress => ({ kind: PROGRESS_KIND, version: PROGRESS_VERSION, cards: {}, quiz: [] });

const DAY_MS = 24 * 3600 * 1000;

/** v0 → v1: reviewed cards become FSRS review cards whose stability is their old interval. */
export function migrateV0(old: ProgressV0): Progress {
  const cards: Record<string, CardState> = {};
  for (const [id, c] of Object.entries(old.cards)) {
    const due = new Date(c.due);
    if (c.reps === 0) {
      cards[id] = newCardState(due);
      continue;
    }
    const interval = Math.max(1, c.interval);
    cards[id] = {
      due: due.toISOString(),
      stability: interval,
      // FSRS difficulty runs 1–10; 5 is the neutral middle for a card with no FSRS history.
      difficulty: 5,
      elapsed_days: 0,
      scheduled_days: interval,
      learning_steps: 0,
      reps: c.reps,
      lapses: c.lapses,
      state: State.Review,
      last_review: new Date(due.getTime() - interval * DAY_MS).toISOString(),
    };
  }
  const quiz = (old.quizScores ?? [])
    .filter((q) => q.total > 0 && q.score >= 0)
    .slice(-QUIZ_HISTORY_LIMIT)
    .map((q) => ({ at: q.date, score: Math.min(q.score, q.total), total: q.total, wrong: [] }));
  return { ...emptyProgress(), cards, quiz };
}

export type Decoded = { ok: true; progress: Progress } | { ok: false; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function firstIssue(error: z.ZodError): string {
  const i = error.issues[0];
  return `${i.path.join('.') || '(top level)'}: ${i.message}`;
}

/** Any parsed JSON → current progress, migrating older versions; never throws. */
export function decode(json: unknown): Decoded {
  if (!isObject(json)) return { ok: false, reason: 'it is not a PushPull Lab progress file' };
  if ('version' in json) {
    if (json.kind !== PROGRESS_KIND) return { ok: false, reason: 'it is not a PushPull Lab progress file' };
    if (typeof json.version === 'number' && json.version > PROGRESS_VERSION)
      return { ok: false, reason: `it was saved by a newer version of the site (v${json.version})` };
    const v1 = progressV1.safeParse(json);
    return v1.success
      ? { ok: true, progress: v1.data }
      : { ok: false, reason: `it is damaged (${firstIssue(v1.error)})` };
  }
  const v0 = progressV0.safeParse(json);
  if (v0.success) return { ok: true, progress: migrateV0(v0.data) };
  return { ok: false, reason: 'it is not a PushPull Lab progress file' };
}

function parseJson(text: string): { ok: true; json: unknown } | { ok: false } {
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** What localStorage held → progress, plus a notice for the learner when it had to be reset. */
export function parseStored(raw: string | null): { progress: Progress; notice: string | null } {
  if (raw === null) return { progress: emptyProgress(), notice: null };
  const parsed = parseJson(raw);
  const decoded: Decoded = parsed.ok ? decode(parsed.json) : { ok: false, reason: 'it is not valid JSON' };
  if (decoded.ok) return { progress: decoded.progress, notice: null };
  return {
    progress: emptyProgress(),
    notice: `Your saved study progress could not be read, because ${decoded.reason}. It has been reset.`,
  };
}

/** Bigger than any real progress file; refuse before parsing. */
export const IMPORT_MAX_BYTES = 1_000_000;

export type Imported = { ok: true; progress: Progress } | { ok: false; error: string };

/** A file the learner chose → progress, or a message saying why it was not imported. */
export function parseImport(text: string): Imported {
  if (text.length > IMPORT_MAX_BYTES) return { ok: false, error: 'This file is too large to be a progress file.' };
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, error: 'This file could not be imported: it is not valid JSON.' };
  const decoded = decode(parsed.json);
  return decoded.ok ? decoded : { ok: false, error: `This file could not be imported: ${decoded.reason}.` };
}

export function serialize(progress: Progress): string {
  return JSON.stringify(progress);
}

export function withAttempt(progress: Progress, attempt: QuizAttempt): Progress {
  return { ...progress, quiz: [...progress.quiz, attempt].slice(-QUIZ_HISTORY_LIMIT) };
}

export function withCard(progress: Progress, id: string, state: CardState): Progress {
  return { ...progress, cards: { ...progress.cards, [id]: state } };
}
