/**
 * The headline figures of a report as display rows, pull beside push, each with the side that did
 * better. What each figure means and how the sides compare lives in the registry (lib/figures).
 */
import { compareFigure, type Comparison, type Side } from '../figures/compare';
import { FIGURES, shownFigureIds, type FigureId } from '../figures/registry';
import type { Report } from '../sim/report';

export type { Side } from '../figures/compare';

export interface FigureRow {
  id: FigureId;
  label: string;
  /** What the number means, in one sentence. */
  hint: string;
  pull: string;
  push: string;
  comparison: Comparison;
  /** The side with the better value, or null for a tie or when not comparable. */
  better: Side | null;
}

export function figureRow(id: FigureId, report: Report): FigureRow {
  const f = FIGURES[id];
  const comparison = compareFigure(id, report);
  return {
    id,
    label: f.label,
    hint: f.hint,
    pull: f.format(f.value(report.pull, report), report.pull, report),
    push: f.format(f.value(report.push, report), report.push, report),
    comparison,
    better: comparison.kind === 'better' ? comparison.side : null,
  };
}

/** Rows for the given figures, in that order (by default those the registry shows for this report). */
export function figureRows(report: Report, ids: readonly FigureId[] = shownFigureIds(report)): FigureRow[] {
  return ids.map((id) => figureRow(id, report));
}
