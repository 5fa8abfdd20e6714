import { Link } from '@/components/ui/Link';
import type { LessonEntry } from '@/lib/lessons/catalogue';

const CARD = 'flex min-h-11 flex-col rounded-card border border-border bg-surface p-4 hover:bg-surface-2';
const NEXT = 'sm:col-start-2 sm:text-right';

function NavLink({ lesson, number, rel }: { lesson: LessonEntry; number: number; rel: 'prev' | 'next' }) {
  return (
    <Link href={`/lessons/${lesson.slug}`} rel={rel} className={`${CARD} ${rel === 'next' ? NEXT : ''}`}>
      <span className="text-sm text-muted">{rel === 'prev' ? `← Lesson ${number}` : `Lesson ${number} →`}</span>
      <span className="font-semibold">{lesson.title}</span>
    </Link>
  );
}

/** Previous and next lesson, in course order; after the last lesson, the way on is Study. */
export function LessonNav({ lessons, index }: { lessons: readonly LessonEntry[]; index: number }) {
  const prev = lessons[index - 1];
  const next = lessons[index + 1];
  return (
    <nav aria-label="Lessons" className="mt-12 grid gap-3 sm:grid-cols-2">
      {prev ? <NavLink lesson={prev} number={index} rel="prev" /> : null}
      {next ? (
        <NavLink lesson={next} number={index + 2} rel="next" />
      ) : (
        <>
          <Link href="/study#mock" className={`${CARD} ${NEXT}`}>
            <span className="text-sm text-muted">Course complete →</span>
            <span className="font-semibold">Practise the answer: Study and the mock interview</span>
          </Link>
          <Link href="/check#after" className={`${CARD} ${NEXT}`}>
            <span className="text-sm text-muted">See what you learned →</span>
            <span className="font-semibold">Take the check after the course</span>
          </Link>
        </>
      )}
    </nav>
  );
}
