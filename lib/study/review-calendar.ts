/**
 * When the learner's cards come due: a count per day for the next few days, in the learner's own
 * days (local midnight to midnight), overdue cards counted today, as the flashcards would show them.
 */
import { State } from 'ts-fsrs';
import type { CardState } from './scheduler';
import { localDay } from './session';

export interface CalendarDay {
  /** The local day, "YYYY-MM-DD". */
  day: string;
  /** Cards due that day (today: also every card already overdue). */
  due: number;
}

/** `days` days from today; only the cards in `ids` (the deck) count, as the flashcards schedule only those. */
export function reviewCalendar(
  cards: Readonly<Record<string, CardState>>,
  ids: readonly string[],
  now: Date,
  days: number,
): CalendarDay[] {
  const starts = Array.from({ length: days + 1 }, (_, i) =>
    new Date(now.getFullYear(), now.getMonth(), now.getDate() + i).getTime(),
  );
  const due = new Array<number>(days).fill(0);
  for (const id of ids) {
    const card = cards[id];
    if (!card) continue;
    const at = Date.parse(card.due);
    // Day i is [starts[i], starts[i + 1]): a change of clocks is still one day; before today is today.
    let i = 0;
    while (i < days && at >= starts[i + 1]) i += 1;
    if (i < days) due[i] += 1;
  }
  return due.map((n, i) => ({ day: localDay(new Date(starts[i])), due: n }));
}

/** How far along the learner's cards are: studied at all, and through learning into review. */
export function cardProgress(cards: Readonly<Record<string, CardState>>, ids: readonly string[]) {
  let studied = 0;
  let learned = 0;
  for (const id of ids) {
    const card = cards[id];
    if (!card) continue;
    studied += 1;
    if (card.state === State.Review) learned += 1;
  }
  return { studied, learned };
}
