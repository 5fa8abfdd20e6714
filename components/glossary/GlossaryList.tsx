import { Link } from '@/components/ui/Link';
import type { GlossaryTerm } from '@/lib/glossary/terms';
import { LESSONS } from '@/lib/lessons/catalogue';

const lessonTitle = (slug: string) => LESSONS.find((l) => l.slug === slug)?.title ?? slug;

/**
 * Every term as a definition list, each entry its own anchor (`/glossary#up`), so lessons and the
 * figures table link straight to it; the linked entry is highlighted.
 */
export function GlossaryList({ terms }: { terms: readonly GlossaryTerm[] }) {
  return (
    <dl className="mt-10 grid max-w-3xl gap-3">
      {terms.map((t) => (
        <div
          key={t.id}
          id={t.id}
          className="scroll-mt-24 rounded-card border border-border bg-surface p-4 target:border-fg target:ring-2 target:ring-fg/20"
        >
          <dt className="text-lg font-semibold">{t.term}</dt>
          <dd className="mt-1 leading-7 text-pretty">{t.definition}</dd>
          <dd className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
            <Link href={`/lessons/${t.lesson}`} className="underline underline-offset-4 hover:text-fg">
              Lesson: {lessonTitle(t.lesson)}
            </Link>
            {t.source ? (
              <a href={t.source.href} rel="noreferrer" className="underline underline-offset-4 hover:text-fg">
                Source: {t.source.label}
              </a>
            ) : (
              <span>Measured by this simulation; the lab shows it beside every run.</span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
