import { Link } from '@/components/ui/Link';
import { latest, scoreAttempt, topicGains, weakTopics, type Attempt } from '@/lib/diagnostic/score';
import { DIAG_TOPICS, topicLessonNumber, topicTitle } from '@/lib/diagnostic/topics';
import { findPreset } from '@/lib/scenario/presets';
import { TOPICS } from '@/lib/study/deck';
import { linkHref } from '@/lib/study/links';

const mark = (v: number | null) => (v === null ? '–' : v ? '✓' : '✗');
const markLabel = (v: number | null) => (v === null ? 'not taken' : v ? 'right' : 'wrong');
const gainText = (g: number | null) => (g === null ? '–' : g > 0 ? '+1' : g < 0 ? '−1' : '0');

/** Per-topic result of the latest check before and after, where to go next, and the history. */
export function CheckResult({ history, title = 'Your result' }: { history: readonly Attempt[]; title?: string }) {
  if (!history.length) return null;
  const pre = latest(history, 'A');
  const post = latest(history, 'B');
  const newest = [...history].sort((a, b) => b.finishedAtMs - a.finishedAtMs)[0];
  const gains = topicGains(pre, post);
  const weak = weakTopics(newest);
  const total = (a: Attempt | null) => (a ? `${scoreAttempt(a).correct} of ${scoreAttempt(a).total}` : 'not taken');

  return (
    <section
      id="check-result"
      tabIndex={-1}
      aria-labelledby="check-result-title"
      className="rounded-card border border-border bg-surface p-5 sm:p-6"
      data-testid="check-result"
    >
      <h2 id="check-result-title" className="text-xl font-semibold">
        {title}
      </h2>
      <p className="mt-2">
        Before the course: <strong data-testid="score-pre">{total(pre)}</strong>. After the course:{' '}
        <strong data-testid="score-post">{total(post)}</strong>.
      </p>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full text-left text-sm sm:text-base">
          <caption className="sr-only">Result per topic, before and after the course</caption>
          <thead>
            <tr className="border-b border-border">
              <th scope="col" className="py-2 pr-3">
                Topic
              </th>
              <th scope="col" className="px-2 py-2 text-center">
                Before
              </th>
              <th scope="col" className="px-2 py-2 text-center">
                After
              </th>
              <th scope="col" className="px-2 py-2 text-center">
                Gain
              </th>
            </tr>
          </thead>
          <tbody>
            {gains.map((g) => (
              <tr key={g.topic} className="border-b border-border last:border-0" data-topic={g.topic}>
                <th scope="row" className="py-2 pr-3 font-normal">
                  <Link href={`/lessons/${g.topic}`}>
                    {topicLessonNumber(g.topic)}. {topicTitle(g.topic)}
                  </Link>
                </th>
                <td className="px-2 py-2 text-center" aria-label={markLabel(g.pre)}>
                  {mark(g.pre)}
                </td>
                <td className="px-2 py-2 text-center" aria-label={markLabel(g.post)}>
                  {mark(g.post)}
                </td>
                <td
                  className={`px-2 py-2 text-center font-semibold tabular-nums ${g.gain && g.gain > 0 ? 'text-good' : g.gain && g.gain < 0 ? 'text-bad' : ''}`}
                  data-testid="gain"
                >
                  {gainText(g.gain)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {post === null ? (
        <p className="mt-3 text-sm text-muted">The gain column fills in once you take the check after the course.</p>
      ) : null}
      <h3 className="mt-6 text-lg font-semibold">Where to go next</h3>
      {weak.length ? (
        <ul className="mt-2 space-y-3" data-testid="weak-topics">
          {weak.map((id) => {
            const t = DIAG_TOPICS.find((d) => d.id === id)!;
            return (
              <li key={id} className="rounded-lg bg-surface-2 p-3">
                <p className="font-medium">{topicTitle(id)}</p>
                <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                  <Link href={linkHref({ lesson: id })}>Lesson {topicLessonNumber(id)}</Link>
                  <Link href={linkHref({ preset: t.preset })}>Lab: {findPreset(t.preset)?.name}</Link>
                  <Link href="/study#flashcards">Cards: {t.cards.map((c) => TOPICS[c]).join(', ')}</Link>
                </p>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="mt-2">Every topic right in your latest check. Practise saying the answer out loud next.</p>
      )}
      <details className="mt-6">
        <summary className="flex min-h-11 cursor-pointer items-center font-medium">
          All your checks ({history.length})
        </summary>
        <ul className="mt-2 space-y-1 text-sm" data-testid="check-history">
          {[...history]
            .sort((a, b) => b.finishedAtMs - a.finishedAtMs)
            .map((a) => (
              <li key={`${a.form}-${a.finishedAtMs}`}>
                {new Date(a.finishedAtMs).toLocaleString()}: {a.form === 'A' ? 'before' : 'after'} the course,{' '}
                {total(a)}
              </li>
            ))}
        </ul>
      </details>
    </section>
  );
}
