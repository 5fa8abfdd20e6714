'use client';

import { verdict } from '@/lib/lab/verdict';
import type { Report } from '@/lib/sim/report';

/** The biggest difference between the two sides, and why, in plain language. */
export function VerdictCard({ report }: { report: Report }) {
  const v = verdict(report);
  return (
    <section aria-labelledby="verdict-title" className="rounded-card border border-border bg-surface p-5">
      <h2 id="verdict-title" className="text-sm font-semibold tracking-wide text-muted uppercase">
        What happened
      </h2>
      {v.headline ? (
        <>
          <p className="mt-2 text-lg font-semibold text-pretty">{v.headline.what}</p>
          <p className="mt-1 text-pretty text-muted">{v.headline.why}</p>
        </>
      ) : (
        <p className="mt-2 text-lg font-semibold">
          Both sides see this fleet about equally well: nothing here stresses either model. Try a preset.
        </p>
      )}
      {v.more.length ? (
        <ul className="mt-4 space-y-2 border-t border-border pt-3 text-sm">
          {v.more.map((f) => (
            <li key={f.id}>
              <span className="font-semibold">{f.what}</span> <span className="text-muted">{f.why}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {v.caveats.map((c) => (
        <p key={c} className="mt-3 rounded-lg bg-surface-2 p-3 text-sm">
          <strong>Note:</strong> {c}
        </p>
      ))}
    </section>
  );
}
