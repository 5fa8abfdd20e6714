/**
 * Saved study progress: the versioned shape, a migration from the earlier unversioned one, and a
 * decoder that never throws. Storage and imported files go through the same `decode`, so a file is
 * accepted exactly when the same text in localStorage would be, and only with values the scheduler
 * (ts-fsrs) accepts: a card that passes here can be graded with every rating (see progress.test.ts).
 * Checked by hand, not with zod, so /study does not load a validator on its main thread.
 */
import { S_MAX, S_MIN, State } from 'ts-fsrs';
import { decodeText, type Codec, type Decoded, type Loaded, type Section } from '../storage';
import { newCardState, type CardState } from './scheduler';
import { DAILY_NEW_CODEC, type DailyNew } from './session';

export const PROGRESS_VERSION = 1;
export const PROGRESS_KIND = 'pushpull-lab/study-progress';
export const STORAGE_KEY = 'pushpull-lab:study';
/** Quiz attempts kept; older ones are dropped first. */
export const QUIZ_HISTORY_LIMIT = 50;

export interface QuizAttempt {
  at: string;
  score: number;
  total: number;
  /** Ids of the questions answered wrongly, for the review of mistakes. */
  wrong: string[];
}

export interface Progress {
  kind: typeof PROGRESS_KIND;
  version: typeof PROGRESS_VERSION;
  cards: Record<string, CardState>;
  quiz: QuizAttempt[];
}

/** v0: the first release's shape, unversioned, with Leitner-style intervals in whole days. */
export interface ProgressV0 {
  cards: Record<string, { due: number; interval: number; reps: number; lapses: number }>;
  quizScores?: { date: string; score: number; total: number }[];
}

export const emptyProgress = (): Progress => ({ kind: PROGRESS_KIND, version: PROGRESS_VERSION, cards: {}, quiz: [] });

const DAY_MS = 24 * 3600 * 1000;
/**
 * Reviews and quiz rounds happen from 1970 to 2200; a card may be due up to ts-fsrs' longest
 * interval (S_MAX days) after that, so grading any accepted card gives a card that is accepted too.
 */
const DATE_MIN_MS = 0;
const REVIEWED_MAX_MS = Date.UTC(2200, 0, 1);
const DUE_MAX_MS = REVIEWED_MAX_MS + (S_MAX + 1) * DAY_MS;
const MAX_DAYS = (DUE_MAX_MS - DATE_MIN_MS) / DAY_MS;
/** Far above the longest learning or relearning step list. */
const MAX_LEARNING_STEPS = 100;
/** Quiz rounds have a handful of questions; this only keeps the numbers sane. */
const MAX_QUESTIONS = 10_000;

type Check<T> = (v: unknown, path: string) => T;

/** Thrown only inside this module and caught by `decode`; the message names the bad field. */
class Invalid extends Error {}
const fail = (path: string, what: string): never => {
  throw new Invalid(`${path || '(top level)'}: ${what}`);
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const object: Check<Record<string, unknown>> = (v, path) => (isObject(v) ? v : fail(path, 'must be an object'));

const number =
  (min: number, max: number, integer = false): Check<number> =>
  (v, path) =>
    typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max && (!integer || Number.isInteger(v))
      ? v
      : fail(path, `must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`);

/** Reviews and lapses only grow by one; any exact count is fine. */
const count = number(0, Number.MAX_VALUE, true);
const days = number(0, MAX_DAYS);

/** An ISO date string in range, returned in the canonical form `toISOString` writes. */
const isoDate =
  (maxMs: number): Check<string> =>
  (v, path) => {
    const ms = typeof v === 'string' ? Date.parse(v) : NaN;
    return Number.isFinite(ms) && ms >= DATE_MIN_MS && ms <= maxMs
      ? new Date(ms).toISOString()
      : fail(path, `must be a date from 1970 to ${new Date(maxMs).getUTCFullYear()}`);
  };
const reviewDate = isoDate(REVIEWED_MAX_MS);
const dueDate = isoDate(DUE_MAX_MS);

const STATES: readonly State[] = [State.New, State.Learning, State.Review, State.Relearning];
const state: Check<State> = (v, path) =>
  STATES.includes(v as State) ? (v as State) : fail(path, 'must be a card state (0 to 3)');

const array = <T>(v: unknown, path: string, item: Check<T>): T[] =>
  Array.isArray(v) ? v.map((x, i) => item(x, `${path}.${i}`)) : fail(path, 'must be a list');

/** Own keys only, into an object without a prototype to trip over ("__proto__" is a card id here). */
const record = <T>(v: unknown, path: string, item: Check<T>): Record<string, T> =>
  Object.fromEntries(Object.entries(object(v, path)).map(([k, x]) => [k, item(x, `${path}.${k}`)]));

/**
 * A card exactly as ts-fsrs accepts it: its memory state is either unset (a new card, both 0) or
 * difficulty 1–10 with stability ≥ S_MIN (otherwise "Invalid memory state"), and it was last
 * reviewed no later than it is due (a review in the future is an "Invalid delta_t").
 */
const cardState: Check<CardState> = (v, path) => {
  const o = object(v, path);
  const card: CardState = {
    due: dueDate(o.due, `${path}.due`),
    stability: number(0, S_MAX)(o.stability, `${path}.stability`),
    difficulty: number(0, 10)(o.difficulty, `${path}.difficulty`),
    elapsed_days: days(o.elapsed_days, `${path}.elapsed_days`),
    scheduled_days: days(o.scheduled_days, `${path}.scheduled_days`),
    learning_steps: number(0, MAX_LEARNING_STEPS, true)(o.learning_steps, `${path}.learning_steps`),
    reps: count(o.reps, `${path}.reps`),
    lapses: count(o.lapses, `${path}.lapses`),
    state: state(o.state, `${path}.state`),
  };
  const unset = card.difficulty === 0 && card.stability === 0;
  if (!unset && (card.difficulty < 1 || card.stability < S_MIN))
    fail(path, `difficulty must be 1 to 10 and stability at least ${S_MIN} (or both 0 for a new card)`);
  if (unset && card.state !== State.New) fail(path, 'a reviewed card must have a difficulty and a stability');
  if (o.last_review !== undefined) {
    card.last_review = reviewDate(o.last_review, `${path}.last_review`);
    if (Date.parse(card.last_review) > Date.parse(card.due)) fail(`${path}.last_review`, 'must not be after due');
  }
  return card;
};

const strings: Check<string> = (v, path) => (typeof v === 'string' ? v : fail(path, 'must be text'));

const attempt: Check<QuizAttempt> = (v, path) => {
  const o = object(v, path);
  const total = number(1, MAX_QUESTIONS, true)(o.total, `${path}.total`);
  return {
    at: reviewDate(o.at, `${path}.at`),
    score: number(0, total, true)(o.score, `${path}.score`),
    total,
    wrong: array(o.wrong, `${path}.wrong`, strings),
  };
};

const progressV1: Check<Progress> = (v, path) => {
  const o = object(v, path);
  const quiz = array(o.quiz, 'quiz', attempt);
  if (quiz.length > QUIZ_HISTORY_LIMIT) fail('quiz', `must have at most ${QUIZ_HISTORY_LIMIT} rounds`);
  return { ...emptyProgress(), cards: record(o.cards, 'cards', cardState), quiz };
};

const progressV0: Check<ProgressV0> = (v) => {
  const o = object(v, '');
  const cards = record(o.cards, 'cards', (c, path) => {
    const x = object(c, path);
    return {
      due: number(DATE_MIN_MS, DUE_MAX_MS)(x.due, `${path}.due`),
      interval: days(x.interval, `${path}.interval`),
      reps: count(x.reps, `${path}.reps`),
      lapses: count(x.lapses, `${path}.lapses`),
    };
  });
  if (o.quizScores === undefined) return { cards };
  const quizScores = array(o.quizScores, 'quizScores', (q, path) => {
    const x = object(q, path);
    return {
      date: reviewDate(x.date, `${path}.date`),
      score: number(-MAX_QUESTIONS, MAX_QUESTIONS, true)(x.score, `${path}.score`),
      total: number(-MAX_QUESTIONS, MAX_QUESTIONS, true)(x.total, `${path}.total`),
    };
  });
  return { cards, quizScores };
};

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
      // Not before 1970: a v0 card due early with a long interval would otherwise predate the range.
      last_review: new Date(Math.max(DATE_MIN_MS, due.getTime() - interval * DAY_MS)).toISOString(),
    };
  }
  const quiz = (old.quizScores ?? [])
    .filter((q) => q.total > 0 && q.score >= 0)
    .slice(-QUIZ_HISTORY_LIMIT)
    .map((q) => ({ at: q.date, score: Math.min(q.score, q.total), total: q.total, wrong: [] }));
  return { ...emptyProgress(), cards, quiz };
}

export type { Decoded };

const NOT_OURS = 'it is not a PushPull Lab progress file';

/** Any parsed JSON → current progress, migrating older versions; never throws. */
export function decode(json: unknown): Decoded<Progress> {
  if (!isObject(json)) return { ok: false, reason: NOT_OURS };
  try {
    if ('version' in json) {
      if (json.kind !== PROGRESS_KIND) return { ok: false, reason: NOT_OURS };
      if (typeof json.version === 'number' && json.version > PROGRESS_VERSION)
        return { ok: false, reason: `it was saved by a newer version of the site (v${json.version})` };
      if (json.version !== PROGRESS_VERSION) return { ok: false, reason: 'it is damaged (version: unknown version)' };
      return { ok: true, value: progressV1(json, '') };
    }
    if (!('cards' in json)) return { ok: false, reason: NOT_OURS };
    // Through the v1 check as well: the migration's output must satisfy the scheduler too.
    return { ok: true, value: progressV1(migrateV0(progressV0(json, '')), '') };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, reason: `it is damaged (${e.message})` };
    // Anything else would be a bug in these checks: refusing the data still beats a crash.
    return { ok: false, reason: NOT_OURS };
  }
}

/** Study progress in storage: the wrapper reports a newer version before `decode` sees it. */
export const STUDY_CODEC: Codec<Progress> = {
  key: STORAGE_KEY,
  version: PROGRESS_VERSION,
  empty: emptyProgress,
  decode,
};

/** Cards and quiz rounds in the one stored document (lib/storage.ts). */
export const STUDY_SECTION: Section<Progress> = { name: 'study', codec: STUDY_CODEC };
/** Today's new cards and the daily limit, beside them. */
export const DAILY_SECTION: Section<DailyNew> = { name: 'daily', codec: DAILY_NEW_CODEC };

/** Bigger than any real progress file; refuse before parsing. */
export const IMPORT_MAX_BYTES = 1_000_000;

export type Imported = { ok: true; progress: Progress } | { ok: false; error: string };

/** A file the learner chose → progress, or a message saying why it was not imported. */
export function parseImport(text: string): Imported {
  if (text.length > IMPORT_MAX_BYTES) return { ok: false, error: 'This file is too large to be a progress file.' };
  // A byte-order mark is how some editors save UTF-8; it is not part of the JSON.
  const loaded = decodeText(STUDY_CODEC, text.replace(/^\uFEFF/, ''));
  if (loaded.status === 'ok') return { ok: true, progress: loaded.value };
  const reason =
    loaded.status === 'newer'
      ? `it was saved by a newer version of the site (v${loaded.version})`
      : loaded.status === 'reset'
        ? loaded.reason
        : NOT_OURS;
  return { ok: false, error: `This file could not be imported: ${reason}.` };
}

/** Why stored progress was reset or kept aside, in words for the learner; null when it loaded. */
export function loadNotice(loaded: Loaded<Progress>): string | null {
  if (loaded.status === 'reset')
    return `Your saved study progress could not be read, because ${loaded.reason}. It has been reset.`;
  if (loaded.status === 'newer')
    return `Your saved study progress was written by a newer version of the site (v${loaded.version}). It is kept as it is: what you do here is not saved. Open the newer version to continue.`;
  return null;
}

/** How many of each thing a progress holds, to say what an import replaces. */
export function summarize(p: Progress): { cards: number; reviews: number; quizRounds: number } {
  const cards = Object.values(p.cards);
  return { cards: cards.length, reviews: cards.reduce((n, c) => n + c.reps, 0), quizRounds: p.quiz.length };
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
