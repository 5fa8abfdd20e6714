import type { Metadata } from 'next';
import Link from 'next/link';
import { PageIntro } from '@/components/ui/PageIntro';
import { LESSONS } from '@/lib/lessons/catalogue';

export const metadata: Metadata = {
  title: 'Lessons',
  description: 'A short course on push- versus pull-based monitoring: read a little, then make the simulation show it.',
};

export default function LessonsPage() {
  return (
    <div className="mx-auto max-w-6xl px-4 pt-12 sm:px-6 sm:pt-16">
      <PageIntro eyebrow="The course" title="From first principles to interview-ready">
        <p>
          Ten short lessons. Each one explains an idea in a few paragraphs, then hands you a live simulation and a small
          task: make the scraper miss a job, knock over a collector, hide a service behind NAT.
        </p>
      </PageIntro>
      <ol className="mt-10 grid gap-3 md:grid-cols-2">
        {LESSONS.map((lesson, i) => (
          <li key={lesson.slug} className="flex gap-4 rounded-card border border-border bg-surface p-5">
            <span
              aria-hidden="true"
              className="flex size-10 shrink-0 items-center justify-center rounded-full bg-surface-2 font-semibold tabular-nums"
            >
              {i + 1}
            </span>
            <div>
              <h2 className="text-lg font-semibold">
                <span className="sr-only">Lesson {i + 1}: </span>
                {lesson.title}
              </h2>
              <p className="mt-1 text-muted">{lesson.summary}</p>
            </div>
          </li>
        ))}
      </ol>
      <p className="mt-8 text-muted">
        The interactive lessons are being written now. Until they open, the{' '}
        <Link className="font-semibold text-fg underline underline-offset-4" href="/lab">
          lab
        </Link>{' '}
        runs the same simulation they will use.
      </p>
    </div>
  );
}
