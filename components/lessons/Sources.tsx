import type { LessonSource } from '@/lib/lessons/types';

/** Where the lesson's facts come from. */
export function Sources({ sources }: { sources: LessonSource[] }) {
  return (
    <section aria-labelledby="sources-title" className="mt-12 max-w-[70ch]">
      <h2 id="sources-title" className="text-xl font-semibold">
        Sources
      </h2>
      <ul className="mt-3 list-disc space-y-2 pl-5 text-muted">
        {sources.map((s) => (
          <li key={s.href}>
            <a href={s.href} className="text-fg underline underline-offset-4 hover:decoration-2">
              {s.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
