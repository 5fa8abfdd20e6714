'use client';

import { useState } from 'react';
import { CheckResult } from '@/components/diagnostic/CheckResult';
import { attempts, spokenAnswers } from '@/components/diagnostic/stores';
import { useLessonProgressState } from '@/components/lessons/useProgress';
import { Link } from '@/components/ui/Link';
import { courseTasks } from '@/lib/lessons/course';
import { LESSON_DATA } from '@/lib/lessons/data';
import { courseRows } from '@/lib/lessons/progress';
import { rightIndex } from '@/lib/quiz/choice';
import { DECK } from '@/lib/study/deck';
import { cardProgress, reviewCalendar } from '@/lib/study/review-calendar';
import type { QuizAttempt } from '@/lib/study/progress';
import { buildQueue, type CardState } from '@/lib/study/scheduler';
import { DataTransfer } from './DataTransfer';
import { useProgress } from './progressStore';
import { ReviewCalendar } from './ReviewCalendar';
import { useDailyNew } from './useDailyNew';

const CARD = 'rounded-card border border-border bg-surface p-5 sm:p-6';
/** A link inside a sentence: underlined, so it reads as one without relying on colour. */
const INLINE_LINK = 'underline underline-offset-4';
const DECK_IDS = DECK.map((c) => c.id);
const COURSE = courseTasks();
const rightOption = (slug: string) => {
  const quiz = LESSON_DATA[slug]?.quiz;
  return quiz ? rightIndex(quiz) : null;
};
/** Days of reviews the calendar shows: two weeks, a row each. */
const CALENDAR_DAYS = 14;
const QUIZ_ROUNDS_SHOWN = 10;

const when = (iso: string | number) =>
  new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/**
 * Everything the learner has done, in one view: the course, the check before and after, the
 * flashcards and their calendar, the quiz rounds; then moving it all as one file.
 */
export default function ProgressPanel() {
  const loaded = useProgress((s) => s.loaded);
  const study = useProgress((s) => s.progress);
  const studySaveError = useProgress((s) => s.saveError);
  const lessons = useLessonProgressState();
  const checks = attempts.useList();
  const spoken = spokenAnswers.useList();
  const [daily] = useDailyNew();
  // One "now" per visit to the panel: the counts below must agree with each other.
  const [now] = useState(() => new Date());

  if (!loaded) return <p className="text-muted">Loading your progress…</p>;

  const saveError = Boolean(studySaveError || lessons.saveError || checks.saveError || spoken.saveError);
  // The study notice is shown above every study mode (Persistence); the others are said here.
  const notices = [lessons.notice, checks.notice, spoken.notice].filter((n): n is string => n !== null);
  return (
    <div className="space-y-6">
      {notices.length ? (
        <div
          role="status"
          className="space-y-1 rounded-card border border-bad/40 bg-surface p-4"
          data-testid="data-notices"
        >
          {notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <CourseCard rows={courseRows(lessons.progress, COURSE, rightOption)} />
        {checks.items.length ? (
          <CheckResult history={checks.items} title="Check before and after" />
        ) : (
          <section aria-labelledby="check-empty" className={CARD}>
            <h2 id="check-empty" className="text-xl font-semibold">
              Check before and after
            </h2>
            <p className="mt-2 max-w-prose text-muted" data-testid="check-empty">
              No check taken yet. A short check before the course and again after it shows what you learned, topic by
              topic.
            </p>
            <Link href="/check" className="lab-chip mt-4 inline-flex">
              Take the check
            </Link>
          </section>
        )}
        <CardsCard cards={study.cards} now={now} />
        <QuizCard rounds={study.quiz} />
      </div>
      <DataTransfer
        current={{ lessons: lessons.progress, study, daily, diagnostic: [...checks.items], spoken: [...spoken.items] }}
        saveError={saveError}
      />
    </div>
  );
}

function CourseCard({ rows }: { rows: ReturnType<typeof courseRows> }) {
  const read = rows.filter((r) => r.read).length;
  const tasks = rows.reduce((n, r) => n + r.tasks, 0);
  const tasksDone = rows.reduce((n, r) => n + r.tasksDone, 0);
  const answered = rows.filter((r) => r.quiz !== null).length;
  const right = rows.filter((r) => r.quiz === 'right').length;
  return (
    <section aria-labelledby="course-title" className={CARD} data-testid="course-progress">
      <h2 id="course-title" className="text-xl font-semibold">
        Course
      </h2>
      <p className="mt-2 tabular-nums" data-testid="course-summary">
        {read} of {rows.length} lessons read · {tasksDone} of {tasks} tasks done · {answered} of {rows.length} lesson
        quizzes answered{answered ? `, ${right} right` : ''}
      </p>
      {read + tasksDone + answered === 0 ? (
        <p className="mt-2 text-muted">
          Nothing yet:{' '}
          <Link href={`/lessons/${rows[0]?.slug ?? ''}`} className={INLINE_LINK}>
            start with lesson 1
          </Link>
          .
        </p>
      ) : null}
      <div className="mt-3 overflow-x-auto">
        <table className="w-full text-left text-sm sm:text-base">
          <caption className="sr-only">Each lesson: read, tasks done and its quiz</caption>
          <thead>
            <tr className="border-b border-border">
              <th scope="col" className="py-2 pr-3 font-medium">
                Lesson
              </th>
              <th scope="col" className="px-2 py-2 text-center font-medium">
                Read
              </th>
              <th scope="col" className="px-2 py-2 text-center font-medium">
                Tasks
              </th>
              <th scope="col" className="px-2 py-2 text-center font-medium">
                Quiz
              </th>
            </tr>
          </thead>
          <tbody className="tabular-nums">
            {rows.map((r, i) => (
              <tr key={r.slug} className="border-b border-border last:border-0" data-lesson={r.slug}>
                <th scope="row" className="py-2 pr-3 font-normal">
                  <Link href={`/lessons/${r.slug}`}>
                    {i + 1}. {r.title}
                  </Link>
                </th>
                <td className="px-2 py-2 text-center" aria-label={r.read ? 'read' : 'not read'}>
                  {r.read ? <span className="text-good">✓</span> : '–'}
                </td>
                <td className="px-2 py-2 text-center">{r.tasks ? `${r.tasksDone}/${r.tasks}` : '–'}</td>
                <td className="px-2 py-2 text-center" aria-label={r.quiz ?? 'not answered'}>
                  {r.quiz === 'right' ? (
                    <span className="text-good">✓</span>
                  ) : r.quiz === 'wrong' ? (
                    <span className="text-bad">✗</span>
                  ) : (
                    '–'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function CardsCard({ cards, now }: { cards: Readonly<Record<string, CardState>>; now: Date }) {
  const { studied, learned } = cardProgress(cards, DECK_IDS);
  const queue = buildQueue(DECK_IDS, cards, now, 0);
  return (
    <section aria-labelledby="cards-title" className={CARD}>
      <h2 id="cards-title" className="text-xl font-semibold">
        Flashcards
      </h2>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 tabular-nums">
        <dt className="text-muted">Cards studied</dt>
        <dd data-testid="cards-studied">
          {studied} of {DECK.length}
        </dd>
        <dt className="text-muted">Learned (in review)</dt>
        <dd data-testid="cards-learned">{learned}</dd>
        <dt className="text-muted">Due for review now</dt>
        <dd data-testid="cards-due">{queue.dueReviews}</dd>
      </dl>
      {studied ? (
        <>
          <h3 className="mt-4 text-sm font-medium">Reviews due, next two weeks</h3>
          <ReviewCalendar days={reviewCalendar(cards, DECK_IDS, now, CALENDAR_DAYS)} />
          {queue.nextDue && queue.dueReviews === 0 ? (
            <p className="mt-2 text-sm text-muted">Next review: {queue.nextDue.toLocaleString()}.</p>
          ) : null}
        </>
      ) : (
        <p className="mt-3 text-muted">
          No cards studied yet. The{' '}
          <a href="#flashcards" className={INLINE_LINK}>
            flashcards
          </a>{' '}
          schedule each card for when you are about to forget it.
        </p>
      )}
    </section>
  );
}

function QuizCard({ rounds }: { rounds: readonly QuizAttempt[] }) {
  const best = rounds.reduce((b, r) => Math.max(b, r.score / r.total), 0);
  return (
    <section aria-labelledby="quiz-title" className={CARD}>
      <h2 id="quiz-title" className="text-xl font-semibold">
        Quiz rounds
      </h2>
      {rounds.length ? (
        <>
          <p className="mt-2 tabular-nums" data-testid="quiz-summary">
            {rounds.length} {rounds.length === 1 ? 'round' : 'rounds'} · best {Math.round(best * 100)}%
          </p>
          <ol className="mt-3 space-y-1.5 text-sm tabular-nums" aria-label="Latest quiz rounds, newest first">
            {rounds
              .slice(-QUIZ_ROUNDS_SHOWN)
              .reverse()
              .map((r) => (
                <li key={r.at} className="grid grid-cols-[7rem_4rem_1fr] items-center gap-2">
                  <span className="text-muted">{when(r.at)}</span>
                  <span>
                    {r.score} of {r.total}
                  </span>
                  <span aria-hidden="true" className="h-2 rounded-full bg-surface-2">
                    <span
                      className="block h-2 rounded-full bg-pull"
                      style={{ width: `${(r.score / r.total) * 100}%` }}
                    />
                  </span>
                </li>
              ))}
          </ol>
        </>
      ) : (
        <p className="mt-2 text-muted">
          No quiz rounds yet.{' '}
          <a href="#quiz" className={INLINE_LINK}>
            The quiz
          </a>{' '}
          asks eight questions, some answered by running the simulator.
        </p>
      )}
    </section>
  );
}
