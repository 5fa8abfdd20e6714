'use client';

/**
 * The self-grade of an interview answer: one checkbox per rubric point the answer covered. Shared
 * by the mock interview and "Say it out loud"; whether the ticks are kept is up to the caller.
 */
export function RubricChecklist({
  items,
  covered,
  onChange,
  className,
}: {
  items: readonly string[];
  /** Indices into `items` that are ticked. */
  covered: ReadonlySet<number>;
  /** Takes an update, so a state setter can be passed as it is. */
  onChange: (update: (covered: ReadonlySet<number>) => Set<number>) => void;
  className: string;
}) {
  return (
    <ul className={`space-y-1 ${className}`}>
      {items.map((item, i) => (
        <li key={item}>
          <label className="flex min-h-11 cursor-pointer items-start gap-3 py-2">
            <input
              type="checkbox"
              checked={covered.has(i)}
              onChange={() => onChange((c) => toggled(c, i))}
              className="size-6 shrink-0 accent-[var(--fg)]"
            />
            <span>{item}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}

function toggled(set: ReadonlySet<number>, i: number): Set<number> {
  const next = new Set(set);
  if (next.has(i)) next.delete(i);
  else next.add(i);
  return next;
}
