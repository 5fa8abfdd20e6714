import { FOLLOW_UPS, MISTAKES, TAKEAWAY, THIRTY_SECONDS, TWO_MINUTES, type Claim } from '@/lib/study/answers';
import { ComparisonTable } from '@/components/comparison/ComparisonTable';
import { STUDY_ASPECTS } from '@/lib/comparison/facts';
import { Rich } from './Rich';
import { SeeAlso } from './SeeAlso';

function Claims({ claims }: { claims: readonly Claim[] }) {
  return (
    <div className="mt-3 space-y-4">
      {claims.map((c) => (
        <div key={c.text}>
          <p className="leading-relaxed">
            <Rich text={c.text} />
          </p>
          <SeeAlso links={c.links} className="mt-1" />
        </div>
      ))}
    </div>
  );
}

const card = 'rounded-card border border-border bg-surface p-5 sm:p-6';

/** The model answer, rendered on the server: the first thing a visitor reads. */
export function AnswerPanel() {
  return (
    <div className="space-y-8">
      <section aria-labelledby="answer-30" className={card}>
        <h2 id="answer-30" className="text-xl font-semibold">
          The 30-second answer
        </h2>
        <Claims claims={THIRTY_SECONDS} />
      </section>

      <section aria-labelledby="answer-120" className={card}>
        <h2 id="answer-120" className="text-xl font-semibold">
          The 2-minute answer, with examples
        </h2>
        <Claims claims={TWO_MINUTES} />
      </section>

      <section aria-labelledby="answer-table">
        <h2 id="answer-table" className="mb-3 text-xl font-semibold">
          The comparison table
        </h2>
        <ComparisonTable aspects={STUDY_ASPECTS} variant="study" />
      </section>

      <section aria-labelledby="answer-takeaway" className="rounded-card bg-surface-2 p-5 sm:p-6">
        <h2 id="answer-takeaway" className="text-xl font-semibold">
          Key takeaway
        </h2>
        <p className="mt-2 leading-relaxed">
          <Rich text={TAKEAWAY.text} />
        </p>
        <SeeAlso links={TAKEAWAY.links} className="mt-1" />
      </section>

      <section aria-labelledby="answer-follow-ups">
        <h2 id="answer-follow-ups" className="text-xl font-semibold">
          Follow-up questions
        </h2>
        <p className="mt-1 text-muted">Try answering aloud before opening each one.</p>
        <div className="mt-3 divide-y divide-border rounded-card border border-border bg-surface">
          {FOLLOW_UPS.map((f) => (
            <details key={f.id} className="group px-5 py-1">
              <summary className="flex min-h-11 cursor-pointer items-center py-2 font-medium">{f.question}</summary>
              <p className="pb-2 leading-relaxed">
                <Rich text={f.answer} />
              </p>
              <SeeAlso links={f.links} className="pb-3" />
            </details>
          ))}
        </div>
      </section>

      <section aria-labelledby="answer-mistakes">
        <h2 id="answer-mistakes" className="text-xl font-semibold">
          Mistakes that cost points
        </h2>
        <ul className="mt-3 grid gap-3 md:grid-cols-2">
          {MISTAKES.map((m) => (
            <li key={m.claim} className={card}>
              <p className="font-semibold">
                <span className="text-bad" aria-hidden="true">
                  ✗{' '}
                </span>
                <span className="sr-only">Wrong: </span>
                {m.claim}
              </p>
              <p className="mt-2 leading-relaxed">
                <Rich text={m.correction} />
              </p>
              <SeeAlso links={m.links} className="mt-1" />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
