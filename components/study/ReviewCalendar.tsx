import type { CalendarDay } from '@/lib/study/review-calendar';

const plural = (n: number) => `${n} ${n === 1 ? 'review' : 'reviews'}`;
/** "2026-12-02" is a local day: read it as local midnight, not as UTC. */
const asDate = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d);
};

/**
 * Reviews due per day, a week to a row: each cell says its day and count, to sight and to screen
 * readers (the list is labelled, each cell is one sentence).
 */
export function ReviewCalendar({ days }: { days: readonly CalendarDay[] }) {
  const most = Math.max(1, ...days.map((d) => d.due));
  const long = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
  const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'short' });
  return (
    <ol
      aria-label={`Reviews due in the next ${days.length} days`}
      className="mt-2 grid grid-cols-7 gap-1 text-center text-xs tabular-nums"
      data-testid="review-calendar"
    >
      {days.map((d, i) => {
        const date = asDate(d.day);
        // Shade by share of the busiest day: four steps stay readable in light and dark.
        const level = d.due === 0 ? 0 : Math.ceil((d.due / most) * 3);
        const shade = ['bg-surface-2 text-muted', 'bg-pull-soft', 'bg-pull/40', 'bg-pull text-bg'][level];
        return (
          <li
            key={d.day}
            aria-label={`${i === 0 ? 'Today (and overdue)' : long.format(date)}: ${plural(d.due)}`}
            title={`${long.format(date)}: ${plural(d.due)}`}
            className={`flex min-h-11 flex-col items-center justify-center rounded-md px-0.5 py-1 ${shade}`}
            data-day={d.day}
            data-due={d.due}
          >
            <span aria-hidden="true" className="leading-tight">
              {i === 0 ? 'Today' : `${weekday.format(date)} ${date.getDate()}`}
            </span>
            <span aria-hidden="true" className="text-sm font-semibold">
              {d.due}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
