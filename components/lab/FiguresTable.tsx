'use client';

import { DefinitionToggle } from '@/components/glossary/DefinitionToggle';
import type { FigureId } from '@/lib/figures/registry';
import { figureTermId } from '@/lib/glossary/terms';
import { figureRows, type Side } from '@/lib/lab/figures';
import type { Report } from '@/lib/sim/report';

function Cell({ value, side, better }: { value: string; side: Side; better: Side | null }) {
  const wins = better === side;
  return (
    <td data-value={value} className={`px-3 py-2.5 text-right tabular-nums ${wins ? 'font-semibold' : 'text-muted'}`}>
      <span className="inline-flex items-center justify-end gap-1.5">
        {value}
        {wins ? (
          <span
            className={`rounded-full px-1.5 text-xs font-bold ${side === 'pull' ? 'bg-pull-soft text-pull-ink' : 'bg-push-soft text-push-ink'}`}
          >
            <span aria-hidden="true">✓</span>
            <span className="sr-only">better</span>
          </span>
        ) : null}
      </span>
    </td>
  );
}

/** The headline figures, pull beside push, with the better side ticked; `only` picks figures by id, in that order. */
export function FiguresTable({ report, only }: { report: Report; only?: readonly FigureId[] }) {
  const rows = figureRows(report, only);
  return (
    <div className="overflow-x-auto rounded-card border border-border bg-surface transition-opacity group-aria-busy:opacity-60 group-aria-busy:delay-200">
      <table className="w-full min-w-[20rem] text-sm">
        <caption className="sr-only">Headline figures for pull and push; ✓ marks the better side</caption>
        <thead className="bg-surface-2">
          <tr>
            <th scope="col" className="px-3 py-2.5 text-left font-semibold">
              Figure
            </th>
            <th scope="col" className="px-3 py-2.5 text-right font-semibold text-pull-ink">
              Pull
            </th>
            <th scope="col" className="px-3 py-2.5 text-right font-semibold text-push-ink">
              Push
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-border" data-figure={r.id}>
              <th scope="row" className="px-3 py-2.5 text-left font-medium">
                <DefinitionToggle term={r.label} definition={r.hint} glossaryId={figureTermId(r.id)} />
              </th>
              <Cell value={r.pull} side="pull" better={r.better} />
              <Cell value={r.push} side="push" better={r.better} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
