import type { Metadata } from 'next';
import { Link } from '@/components/ui/Link';
import { LESSON_CONTENT } from '@/components/lessons/content';
import { CourseProgress, LessonStatus } from '@/components/lessons/CourseProgress';
import { CheckOffer } from '@/components/diagnostic/CheckOffer';
import { PageIntro } from '@/components/ui/PageIntro';
import { courseTasks } from '@/lib/lessons/course';
import { LESSON_DATA } from '@/lib/lessons/data';
import { LESSONS } from '@/lib/lessons/catalogue';

export const metadata: Metadata = {
  title: 'Lessons',
  description: 'A short course on push- versus pull-based monitoring: read a little, then make the simulation show it.',
};

export default function LessonsPage() {
  const course = courseTasks();
  return (
    <div className="mx-auto max-w-6xl px-4 pt-12 sm:px-6 sm:pt-16">
      <PageIntro eyebrow="The course" title="From first principles to interview-ready">
        <p>
          Ten short lessons. Each one explains an idea in a few paragraphs, then hands you a live simulation and a small
          task: make the scraper miss a job, knock over a collector, hide a service behind NAT.
        </p>
      </PageIntro>
      <div className="mt-8 max-w-xl">
        <h2 className="sr-only">Your progress</h2>
        <CourseProgress lessons={course} />
      </div>
      <CheckOffer />
      <ol className="mt-8 grid gap-3 md:grid-cols-2">
        {LESSONS.map((lesson, i) => {
          const ready = Boolean(LESSON_DATA[lesson.slug] && LESSON_CONTENT[lesson.slug]);
          return (
            <li
              key={lesson.slug}
              className="relative flex gap-4 rounded-card border border-border bg-surface p-5 hover:bg-surface-2"
              data-lesson={lesson.slug}
            >
              <span
                aria-hidden="true"
                className="flex size-10 shrink-0 items-center justify-center rounded-full bg-surface-2 font-semibold tabular-nums"
              >
                {i + 1}
              </span>
              <div>
                <h2 className="text-lg font-semibold">
                  {/* The whole card is the link's click target; the name stays the title. */}
                  <Link href={`/lessons/${lesson.slug}`} className="after:absolute after:inset-0 after:rounded-card">
                    <span className="sr-only">Lesson {i + 1}: </span>
                    {lesson.title}
                  </Link>
                </h2>
                <p className="mt-1 text-muted">{lesson.summary}</p>
                {ready ? (
                  <LessonStatus lesson={course[i]} />
                ) : (
                  <p className="mt-2 text-sm font-semibold text-muted">Coming soon</p>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
