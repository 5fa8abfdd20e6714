import { readFileSync } from 'node:fs';
import type { Metadata } from 'next';
import { Link } from '@/components/ui/Link';
import { notFound } from 'next/navigation';
import { LESSON_CONTENT } from '@/components/lessons/content';
import { CourseProgress } from '@/components/lessons/CourseProgress';
import { LessonNav } from '@/components/lessons/LessonNav';
import { MarkRead } from '@/components/lessons/MarkRead';
import { lessonComponents } from '@/components/lessons/mdx';
import { PageIntro } from '@/components/ui/PageIntro';
import { LESSONS } from '@/lib/lessons/catalogue';
import { courseTasks } from '@/lib/lessons/course';
import { lessonData } from '@/lib/lessons/data';
import { readingMinutes, wordCount } from '@/lib/lessons/reading-time';

type Params = Promise<{ slug: string }>;

// Every lesson of the catalogue gets a page, written or not; nothing else exists.
export const dynamicParams = false;

export function generateStaticParams() {
  return LESSONS.map((l) => ({ slug: l.slug }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const lesson = LESSONS.find((l) => l.slug === slug);
  return lesson ? { title: lesson.title, description: lesson.summary } : {};
}

export default async function LessonPage({ params }: { params: Params }) {
  const { slug } = await params;
  const index = LESSONS.findIndex((l) => l.slug === slug);
  if (index < 0) notFound();
  const lesson = LESSONS[index];
  const data = lessonData(slug);
  const load = LESSON_CONTENT[slug];
  const Content = data && load ? (await load()).default : null;
  // Read at build time (a static export): the prose the reader is about to read, in minutes.
  const minutes = Content
    ? readingMinutes(wordCount(readFileSync(`${process.cwd()}/components/lessons/content/${slug}.mdx`, 'utf8')))
    : null;
  return (
    <article className="mx-auto max-w-3xl px-4 pt-10 pb-4 sm:px-6 sm:pt-12">
      <nav aria-label="Course progress" className="mb-8">
        <Link
          href="/lessons"
          className="inline-flex min-h-11 items-center text-sm font-semibold underline-offset-4 hover:underline"
        >
          ← All lessons
        </Link>
        <CourseProgress lessons={courseTasks()} current={slug} />
      </nav>
      <PageIntro
        eyebrow={`Lesson ${index + 1} of ${LESSONS.length}${minutes ? ` · ${minutes} min read` : ''}`}
        title={lesson.title}
      >
        <p>{lesson.summary}</p>
      </PageIntro>
      <div className="mt-8 text-[1.0625rem]" data-lesson-body>
        {Content && data ? (
          <Content components={lessonComponents(data)} />
        ) : (
          <p className="max-w-[70ch] rounded-card border border-border bg-surface p-5 text-muted" data-coming-soon>
            Coming soon: this lesson is being written. Meanwhile the{' '}
            <Link href="/lab" className="font-semibold text-fg underline underline-offset-4">
              lab
            </Link>{' '}
            runs the simulation it will use.
          </p>
        )}
      </div>
      {Content ? <MarkRead slug={slug} /> : null}
      <LessonNav lessons={LESSONS} index={index} />
    </article>
  );
}
