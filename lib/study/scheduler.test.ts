import { describe, expect, it } from 'vitest';
import { Rating, State } from 'ts-fsrs';
import { buildQueue, GRADES, formatInterval, previewIntervals, review, type CardState } from './scheduler';

const NOW = new Date('2026-03-02T09:00:00Z');
const at = (iso: string) => new Date(iso);
const MIN = 60_000;

describe('previewIntervals', () => {
  it('shows the learning steps and an easy jump for a new card', () => {
    expect(previewIntervals(undefined, NOW)).toEqual({
      [Rating.Again]: '1 min',
      [Rating.Hard]: '6 min',
      [Rating.Good]: '10 min',
      [Rating.Easy]: '8 d',
    });
  });

  it('graduates a learning card to days on Good', () => {
    const learning = review(undefined, Rating.Good, NOW);
    expect(learning.state).toBe(State.Learning);
    const p = previewIntervals(learning, new Date(learning.due));
    expect(p[Rating.Again]).toBe('1 min');
    expect(p[Rating.Good]).toBe('2 d');
    expect(p[Rating.Easy]).toBe('4 d');
  });

  it('orders the intervals Again ≤ Hard ≤ Good ≤ Easy for a review card', () => {
    let s = review(undefined, Rating.Good, NOW);
    s = review(s, Rating.Good, new Date(s.due));
    const due = new Date(s.due);
    const p = previewIntervals(s, due);
    const ms = GRADES.map(({ grade: g }) => Date.parse(review(s, g, due).due) - due.getTime());
    expect(ms).toEqual([...ms].sort((a, b) => a - b));
    expect(p[Rating.Again]).toBe('10 min');
    expect(p[Rating.Good]).toMatch(/ d$/);
  });
});

describe('review', () => {
  it('is pure: the same inputs give the same state', () => {
    expect(review(undefined, Rating.Good, NOW)).toEqual(review(undefined, Rating.Good, NOW));
  });

  it('counts a lapse when a review card is forgotten and relearns it in minutes', () => {
    let s = review(undefined, Rating.Good, NOW);
    s = review(s, Rating.Good, new Date(s.due));
    expect(s.state).toBe(State.Review);
    const lapsed = review(s, Rating.Again, new Date(s.due));
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.state).toBe(State.Relearning);
    expect(Date.parse(lapsed.due) - Date.parse(s.due)).toBe(10 * MIN);
    expect(lapsed.stability).toBeLessThan(s.stability);
  });
});

describe('formatInterval', () => {
  it.each([
    [30_000, 'now'],
    [MIN, '1 min'],
    [10 * MIN, '10 min'],
    [3 * 60 * MIN, '3 h'],
    [2 * 24 * 60 * MIN, '2 d'],
    [90 * 24 * 60 * MIN, '3 mo'],
    [548 * 24 * 60 * MIN, '1.5 y'],
  ])('%i ms → %s', (ms, text) => expect(formatInterval(ms)).toBe(text));
});

describe('buildQueue', () => {
  const state = (due: string): CardState => ({ ...review(undefined, Rating.Good, NOW), due });

  it('puts due reviews first, most overdue first, then new cards in deck order', () => {
    const states = {
      b: state('2026-03-02T08:00:00Z'),
      c: state('2026-03-01T08:00:00Z'),
      d: state('2026-03-05T00:00:00Z'),
    };
    const q = buildQueue(['a', 'b', 'c', 'd', 'e'], states, NOW);
    expect(q.ids).toEqual(['c', 'b', 'a', 'e']);
    expect(q.dueReviews).toBe(2);
    expect(q.newCards).toBe(2);
    expect(q.nextDue).toEqual(at('2026-03-05T00:00:00Z'));
  });

  it('caps new cards per session and reports the next due time when nothing is due', () => {
    expect(buildQueue(['a', 'b', 'c'], {}, NOW, 2).ids).toEqual(['a', 'b']);
    const q = buildQueue(['a'], { a: state('2026-03-02T12:00:00Z') }, NOW);
    expect(q.ids).toEqual([]);
    expect(formatInterval(q.nextDue!.getTime() - NOW.getTime())).toBe('3 h');
  });
});
