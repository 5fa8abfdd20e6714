/**
 * A flashcard session as people use it: a card set chosen by topic (and linkable), a daily budget
 * of new cards counted per local day, and one step of undo. Pure: callers pass `now`.
 */
import type { Grade } from 'ts-fsrs';
import type { Codec, Decoded } from '../storage';
import { DECK, TOPICS, type Topic } from './deck';
import type { CardState } from './scheduler';

// ---- Card sets -------------------------------------------------------------------------------

/** The query parameter that names a card set: /study?cards=pushgateway#flashcards. */
export const CARD_SET_PARAM = 'cards';

const isTopic = (s: string): s is Topic => Object.hasOwn(TOPICS, s);

/** A card set is one topic, or null for the whole deck. */
export type CardSet = Topic | null;

/** Reads the card-set parameter; an unknown value falls back to the whole deck with a notice. */
export function parseCardSet(param: string | null): { set: CardSet; notice: string | null } {
  if (param === null) return { set: null, notice: null };
  if (isTopic(param)) return { set: param, notice: null };
  const shown = param.length > 40 ? `${param.slice(0, 40)}…` : param;
  return {
    set: null,
    notice: `This link asks for a card set “${shown}” that does not exist, so all ${DECK.length} cards are shown.`,
  };
}

/** The card ids of a set, in deck order. */
export function cardSetIds(set: CardSet): string[] {
  return DECK.filter((c) => set === null || c.topic === set).map((c) => c.id);
}

/** The link that opens /study on this set's flashcards (path only; the caller adds the origin). */
export function cardSetHref(set: CardSet): string {
  return set === null ? '/study#flashcards' : `/study?${CARD_SET_PARAM}=${encodeURIComponent(set)}#flashcards`;
}

// ---- New cards per day -----------------------------------------------------------------------

export const NEW_PER_DAY_DEFAULT = 10;
export const NEW_PER_DAY_MAX = 999;

/** Which cards were studied for the first time on `day` (the learner's local date), and the budget. */
export interface DailyNew {
  version: 1;
  newPerDay: number;
  day: string;
  ids: string[];
}

/** The local calendar date of `now` as YYYY-MM-DD: "today" is the learner's day, not UTC's. */
export function localDay(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export const emptyDailyNew = (): DailyNew => ({ version: 1, newPerDay: NEW_PER_DAY_DEFAULT, day: '', ids: [] });

/** How many cards were new on the day of `now`. */
export function newToday(d: DailyNew, now: Date): number {
  return d.day === localDay(now) ? d.ids.length : 0;
}

/** How many more new cards today's budget allows. */
export function newLeftToday(d: DailyNew, now: Date): number {
  return Math.max(0, d.newPerDay - newToday(d, now));
}

/** Counts `id` as a card first studied today; a new day starts a new count. */
export function withIntroduced(d: DailyNew, id: string, now: Date): DailyNew {
  const day = localDay(now);
  const ids = d.day === day ? d.ids : [];
  return ids.includes(id) ? { ...d, day, ids } : { ...d, day, ids: [...ids, id] };
}

/** A whole number from 0 to NEW_PER_DAY_MAX, or null when `n` is not one. */
export function validNewPerDay(n: number): number | null {
  return Number.isInteger(n) && n >= 0 && n <= NEW_PER_DAY_MAX ? n : null;
}

const DAY_RE = /^(\d{4}-\d{2}-\d{2})?$/;

function decodeDailyNew(json: unknown): Decoded<DailyNew> {
  const bad = (reason: string): Decoded<DailyNew> => ({ ok: false, reason });
  if (typeof json !== 'object' || json === null) return bad('it is not an object');
  const o = json as Record<string, unknown>;
  if (o.version !== 1) return bad('its version is unknown');
  const newPerDay = typeof o.newPerDay === 'number' ? validNewPerDay(o.newPerDay) : null;
  if (newPerDay === null) return bad('its daily limit is not a whole number from 0 to 999');
  if (typeof o.day !== 'string' || !DAY_RE.test(o.day)) return bad('its day is not a date');
  if (!Array.isArray(o.ids) || o.ids.length > NEW_PER_DAY_MAX || !o.ids.every((x) => typeof x === 'string'))
    return bad('its list of cards is not a list of card ids');
  return { ok: true, value: { version: 1, newPerDay, day: o.day, ids: [...new Set(o.ids as string[])] } };
}

export const DAILY_NEW_CODEC: Codec<DailyNew> = {
  key: 'pushpull-lab:study-daily',
  version: 1,
  empty: emptyDailyNew,
  decode: decodeDailyNew,
};

// ---- The session and its undo ----------------------------------------------------------------

export interface Session {
  /** The queue, fixed when the session starts; a card graded Again is appended once more. */
  ids: string[];
  index: number;
  revealed: boolean;
  counts: Record<Grade, number>;
}

export function startSession(ids: string[]): Session {
  return { ids, index: 0, revealed: false, counts: { 1: 0, 2: 0, 3: 0, 4: 0 } };
}

/** The session after its current card was graded `g`. */
export function afterGrade(s: Session, g: Grade): Session {
  const id = s.ids[s.index];
  return {
    // A forgotten card comes back at the end of this session.
    ids: g === 1 && id !== undefined ? [...s.ids, id] : s.ids,
    index: s.index + 1,
    revealed: false,
    counts: { ...s.counts, [g]: s.counts[g] + 1 },
  };
}

/** Everything one grade changed, so that undoing it restores all of it. */
export interface UndoStep {
  cardId: string;
  /** The card's saved state before the grade; undefined when it was new. */
  before: CardState | undefined;
  /** What the grade saved: undo applies only while the card still holds it, not after an import or reset. */
  after: CardState;
  daily: DailyNew;
  session: Session;
}
