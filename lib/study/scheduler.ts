/**
 * Spaced repetition with FSRS (ts-fsrs), as pure functions: the caller passes `now`, so tests run
 * on a fixed clock. Card state is kept in a JSON-friendly shape (ISO dates) for localStorage.
 */
import { createEmptyCard, fsrs, generatorParameters, Rating, State, type Card, type Grade } from 'ts-fsrs';

/** What is saved per card; mirrors ts-fsrs' Card with dates as ISO strings. */
export interface CardState {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: State;
  last_review?: string;
}

export const GRADES = [
  { grade: Rating.Again, label: 'Again', key: '1' },
  { grade: Rating.Hard, label: 'Hard', key: '2' },
  { grade: Rating.Good, label: 'Good', key: '3' },
  { grade: Rating.Easy, label: 'Easy', key: '4' },
] as const satisfies readonly { grade: Grade; label: string; key: string }[];

// No fuzz: the same review always gives the same interval, which is what the buttons promise.
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

function toCard(s: CardState): Card {
  return { ...s, due: new Date(s.due), last_review: s.last_review ? new Date(s.last_review) : undefined };
}

/**
 * ts-fsrs refuses a review before the last one ("Invalid delta_t"). A card reviewed on a device
 * whose clock runs ahead can carry one; it is graded as if reviewed again at that moment.
 */
function reviewTime(state: CardState | undefined, now: Date): Date {
  const last = state?.last_review ? Date.parse(state.last_review) : NaN;
  return last > now.getTime() ? new Date(last) : now;
}

function fromCard(c: Card): CardState {
  const { last_review, due, ...rest } = c;
  return { ...rest, due: due.toISOString(), ...(last_review ? { last_review: last_review.toISOString() } : {}) };
}

export function newCardState(now: Date): CardState {
  return fromCard(createEmptyCard(now));
}

/** The state after grading a card at `now`. */
export function review(state: CardState | undefined, grade: Grade, now: Date): CardState {
  const at = reviewTime(state, now);
  return fromCard(scheduler.next(state ? toCard(state) : createEmptyCard(at), at, grade).card);
}

/** For each grade, how long until the card comes back, as a button label ("10 min", "2 d"). */
export function previewIntervals(state: CardState | undefined, now: Date): Record<Grade, string> {
  const preview = scheduler.repeat(state ? toCard(state) : createEmptyCard(now), reviewTime(state, now));
  const out = {} as Record<Grade, string>;
  for (const { grade } of GRADES) out[grade] = formatInterval(preview[grade].card.due.getTime() - now.getTime());
  return out;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A short, rounded duration: "now", "10 min", "3 h", "2 d", "3 mo", "1.5 y". */
export function formatInterval(ms: number): string {
  if (ms < MINUTE) return 'now';
  if (ms < HOUR) return `${Math.round(ms / MINUTE)} min`;
  if (ms < DAY) return `${Math.round(ms / HOUR)} h`;
  if (ms < 30 * DAY) return `${Math.round(ms / DAY)} d`;
  if (ms < 365 * DAY) return `${Math.round(ms / (30 * DAY))} mo`;
  return `${Math.round((ms / (365 * DAY)) * 10) / 10} y`;
}

export interface Queue {
  /** Cards to study now: due reviews (most overdue first), then new cards in deck order. */
  ids: string[];
  dueReviews: number;
  newCards: number;
  /** When the next card that is not yet due becomes due, or null when none is scheduled. */
  nextDue: Date | null;
}

/** Builds today's queue from the deck order and the saved states; new cards are capped per session. */
export function buildQueue(
  deckIds: readonly string[],
  states: Readonly<Record<string, CardState>>,
  now: Date,
  newLimit = 10,
): Queue {
  const due: { id: string; at: number }[] = [];
  const fresh: string[] = [];
  let nextDue: number | null = null;
  for (const id of deckIds) {
    const s = states[id];
    if (!s) {
      fresh.push(id);
      continue;
    }
    const at = Date.parse(s.due);
    if (at <= now.getTime()) due.push({ id, at });
    else nextDue = nextDue === null ? at : Math.min(nextDue, at);
  }
  due.sort((a, b) => a.at - b.at);
  const newIds = fresh.slice(0, newLimit);
  return {
    ids: [...due.map((d) => d.id), ...newIds],
    dueReviews: due.length,
    newCards: newIds.length,
    nextDue: nextDue === null ? null : new Date(nextDue),
  };
}
