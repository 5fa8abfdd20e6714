import { FOLLOW_UPS, MISTAKES, QUESTION, TAKEAWAY, THIRTY_SECONDS } from '@/lib/study/answers';
import { ComparisonTable } from '@/components/comparison/ComparisonTable';
import { CHEAT_SHEET_ASPECTS } from '@/lib/comparison/facts';
import { Rich } from './Rich';

/** Numbers worth having at hand; each is a default from the fact sheet. */
const NUMBERS: readonly [string, string][] = [
  ['Prometheus scrape_interval / scrape_timeout', '1 m / 10 s by default (sample config: 15 s)'],
  ['Query lookback before a series is treated as gone', '5 m'],
  ['Chance a job of length d is scraped, interval T', '≈ d/T, less with discovery delay'],
  ['StatsD', 'UDP 8125, flushes every 10 s'],
  ['OTLP periodic export', 'every 60 s, 30 s timeout, cumulative'],
  ['CloudWatch PutMetricData', '1,000 metrics / 1 MB per call; −2 weeks … +2 h'],
  ['Pushgateway', 'port 9091, no TTL, last write per grouping key wins'],
];

/** The first sentence of a mistake's correction, for the one-line versions. */
const firstSentence = (text: string) => `${text.split('. ')[0].replace(/\.$/, '')}.`;

const h2 = 'mt-5 text-lg font-semibold print:mt-1.5 print:text-[10.5pt]';

/** The whole answer on one page: the screen version of what prints on a single A4/Letter sheet. */
export function CheatSheet() {
  return (
    <article className="cheat-sheet leading-relaxed print:text-[8.5pt] print:leading-snug">
      <h2 className={h2}>In 30 seconds</h2>
      {THIRTY_SECONDS.map((c) => (
        <p key={c.text} className="mt-1.5 print:mt-0.5">
          <Rich text={c.text} />
        </p>
      ))}
      <h2 className={h2}>Compared</h2>
      <div className="mt-2 print:mt-1">
        <ComparisonTable aspects={CHEAT_SHEET_ASPECTS} variant="print" />
      </div>
      <p className="mt-3 rounded-lg bg-surface-2 p-3 print:mt-1.5 print:border print:border-border print:p-1.5">
        <strong>Takeaway:</strong> <Rich text={TAKEAWAY.text} />
      </p>
      {/* In print the follow-ups (fourteen two-line answers) get the wider column: the sheet must fit one A4 page. */}
      <div className="grid gap-x-8 md:grid-cols-2 print:grid-cols-[9fr_11fr] print:gap-x-4">
        <section>
          <h2 className={h2}>Numbers to know</h2>
          <dl className="mt-1 space-y-1 print:space-y-0">
            {NUMBERS.map(([k, v]) => (
              <div key={k}>
                <dt className="inline font-semibold">{k}:</dt> <dd className="inline">{v}</dd>
              </div>
            ))}
          </dl>
          <h2 className={h2}>Mistakes that cost points</h2>
          <ul className="mt-1 list-disc space-y-1 pl-5 print:space-y-0 print:pl-3.5">
            {MISTAKES.slice(0, 4).map((m) => (
              <li key={m.claim}>
                <s className="text-muted">{m.claim}</s> <Rich text={firstSentence(m.correction)} />
              </li>
            ))}
          </ul>
        </section>
        <section>
          <h2 className={h2}>Follow-ups, in one line each</h2>
          {/* A half-point smaller in print: fourteen two-line answers must fit beside the numbers. */}
          <ul className="mt-1 space-y-1 print:space-y-0 print:text-[8pt] print:leading-tight">
            {FOLLOW_UPS.map((f) => (
              <li key={f.id}>
                <strong>{f.question}</strong> <Rich text={f.oneLine} />
              </li>
            ))}
          </ul>
        </section>
      </div>
      <p className="mt-4 text-sm text-muted print:mt-2 print:text-[7.5pt]">PushPull Lab study sheet · “{QUESTION}”</p>
    </article>
  );
}
