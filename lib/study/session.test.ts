import { describe, expect, it } from 'vitest';
import { Rating } from 'ts-fsrs';
import { decodeText } from '../storage';
import { DECK, TOPICS } from './deck';
import {
  afterGrade,
  cardSetHref,
  cardSetIds,
  DAILY_NEW_CODEC,
  emptyDailyNew,
  localDay,
  newLeftToday,
  newToday,
  parseCardSet,
  startSession,
  validNewPerDay,
  withIntroduced,
} from './session';

// Local times: the day boundary is the learner's midnight, whatever the test machine's zone.
const EVENING = new Date(2026, 2, 2, 23, 30);
const NEXT_MORNING = new Date(2026, 2, 3, 0, 30);

describe('card sets', () => {
  it('accepts every topic and gives its cards in deck order', () => {
    for (const topic of Object.keys(TOPICS)) {
      expect(parseCardSet(topic)).toEqual({ set: topic, notice: null });
      const ids = cardSetIds(topic as keyof typeof TOPICS);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids).toEqual(DECK.filter((c) => c.topic === topic).map((c) => c.id));
    }
    expect(cardSetIds(null)).toEqual(DECK.map((c) => c.id));
  });

  it('falls back to the whole deck with a notice on an unknown or inherited name, and never throws', () => {
    expect(parseCardSet(null)).toEqual({ set: null, notice: null });
    for (const bad of ['', 'nope', 'constructor', '__proto__', 'toString', '<script>', 'x'.repeat(5000)]) {
      const r = parseCardSet(bad);
      expect(r.set).toBeNull();
      expect(r.notice).toContain(`all ${DECK.length} cards`);
      expect(r.notice!.length).toBeLessThan(200);
    }
  });

  it('links to a set that the parser reads back', () => {
    expect(cardSetHref(null)).toBe('/study#flashcards');
    const url = new URL(cardSetHref('remote-write'), 'https://example.org');
    expect(url.hash).toBe('#flashcards');
    expect(parseCardSet(url.searchParams.get('cards'))).toEqual({ set: 'remote-write', notice: null });
  });
});

describe('new cards per day', () => {
  it('counts cards first studied today, by local date, and starts again the next day', () => {
    let d = emptyDailyNew();
    expect(newLeftToday(d, EVENING)).toBe(10);
    d = withIntroduced(d, 'a', EVENING);
    d = withIntroduced(d, 'b', EVENING);
    d = withIntroduced(d, 'a', EVENING);
    expect(newToday(d, EVENING)).toBe(2);
    expect(newLeftToday(d, EVENING)).toBe(8);
    expect(newToday(d, NEXT_MORNING)).toBe(0);
    expect(withIntroduced(d, 'c', NEXT_MORNING).ids).toEqual(['c']);
    expect(localDay(EVENING)).toBe('2026-03-02');
  });

  it('never allows a negative budget when the limit is lowered below today’s count', () => {
    const d = { ...withIntroduced(withIntroduced(emptyDailyNew(), 'a', EVENING), 'b', EVENING), newPerDay: 1 };
    expect(newLeftToday(d, EVENING)).toBe(0);
  });

  it('takes only whole limits from 0 to 999', () => {
    expect([0, 20, 999].map(validNewPerDay)).toEqual([0, 20, 999]);
    expect([-1, 1.5, 1000, NaN, Infinity].map(validNewPerDay)).toEqual([null, null, null, null, null]);
  });

  it('reads what it saves and resets anything else', () => {
    const d = { ...withIntroduced(emptyDailyNew(), 'a', EVENING), newPerDay: 25 };
    expect(decodeText(DAILY_NEW_CODEC, JSON.stringify(d))).toEqual({ status: 'ok', value: d });
    for (const raw of [
      'null',
      '[]',
      '{"version":1}',
      '{"version":1,"newPerDay":-3,"day":"","ids":[]}',
      '{"version":1,"newPerDay":5,"day":"yesterday","ids":[]}',
      '{"version":1,"newPerDay":5,"day":"","ids":[1]}',
    ])
      expect(decodeText(DAILY_NEW_CODEC, raw).status).toBe('reset');
    expect(decodeText(DAILY_NEW_CODEC, '{"version":2}').status).toBe('newer');
  });
});

describe('session', () => {
  it('moves on after a grade, counts it, and brings a forgotten card back once at the end', () => {
    let s = startSession(['a', 'b']);
    s = afterGrade({ ...s, revealed: true }, Rating.Again);
    expect(s).toEqual({ ids: ['a', 'b', 'a'], index: 1, revealed: false, counts: { 1: 1, 2: 0, 3: 0, 4: 0 } });
    s = afterGrade({ ...s, revealed: true }, Rating.Good);
    expect(s.ids).toEqual(['a', 'b', 'a']);
    expect(s.index).toBe(2);
    expect(s.counts[Rating.Good]).toBe(1);
  });
});
