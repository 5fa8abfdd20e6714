import { describe, expect, it } from 'vitest';
import { State } from 'ts-fsrs';
import { cardProgress, reviewCalendar } from './review-calendar';
import { newCardState, type CardState } from './scheduler';

/** A card due at a local time (the calendar counts the learner's own days). */
const dueAt = (y: number, m: number, d: number, h = 0, min = 0, state = State.Review): CardState => ({
  ...newCardState(new Date(y, m - 1, d, h, min)),
  state,
});

describe('reviewCalendar', () => {
  const now = new Date(2026, 2, 10, 15, 0);
  const cards = {
    overdue: dueAt(2026, 3, 1),
    tonight: dueAt(2026, 3, 10, 23, 59),
    tomorrow: dueAt(2026, 3, 11),
    lastDay: dueAt(2026, 3, 23, 12),
    beyond: dueAt(2026, 3, 24),
    notInDeck: dueAt(2026, 3, 10),
  };
  const ids = ['overdue', 'tonight', 'tomorrow', 'lastDay', 'beyond', 'never-studied'];

  it('counts each day from today; overdue cards are due today; the window ends after `days` days', () => {
    const days = reviewCalendar(cards, ids, now, 14);
    expect(days.map((d) => d.day)).toEqual(Array.from({ length: 14 }, (_, i) => `2026-03-${String(10 + i)}`));
    expect(days.map((d) => d.due)).toEqual([2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('an empty deck is fourteen empty days', () => {
    expect(reviewCalendar({}, ids, now, 14).every((d) => d.due === 0)).toBe(true);
  });
});

describe('cardProgress', () => {
  it('counts studied cards of the deck, and those through learning into review', () => {
    const cards = {
      a: dueAt(2026, 3, 1),
      b: dueAt(2026, 3, 1, 0, 0, State.Learning),
      c: dueAt(2026, 3, 1, 0, 0, State.Relearning),
      x: dueAt(2026, 3, 1),
    };
    expect(cardProgress(cards, ['a', 'b', 'c', 'd'])).toEqual({ studied: 3, learned: 1 });
  });
});
