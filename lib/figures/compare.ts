/**
 * How the two sides of a report compare on one figure. One rule for every view:
 *
 * 1. No value on a side (no crash was noticed) -> not comparable.
 * 2. Values within TIE_RELATIVE of the larger magnitude (or both zero) -> a tie.
 * 3. Otherwise the side in the figure's better direction leads, unless it saw less of the fleet
 *    on one of the figure's `blindTo` readings than the other side: then the lead may come from
 *    not looking, and the figure is not comparable (lesson 1: pull's lower load came from never
 *    seeing 126 of 142 instances; a firewalled group makes pull "notice" crashes it never saw).
 *
 * Ties are checked before comparability: two equal numbers are equal whoever saw more.
 */
import type { Report } from '../sim/report';
import { FIGURES, type FigureId } from './registry';

export type Side = 'pull' | 'push';

export type Comparison =
  { kind: 'better'; side: Side } | { kind: 'tie' } | { kind: 'not-comparable'; reason: 'no-value' | 'saw-less' };

/**
 * Gaps up to 10 % of the larger value count as a tie. Between seeds of the same preset the figures
 * vary by a coefficient of variation from under 1 % (mean load, data moved) to 10–30 % (peak load,
 * missed samples of a small fleet), so no threshold fits every figure; 10 % keeps a learner from
 * reading a winner into a gap one run cannot show, while the differences the lessons teach are
 * factors, not percent.
 */
export const TIE_RELATIVE = 0.1;

/** Whether two values of one figure are a tie under the single tie rule (symmetric). */
export function isTie(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= TIE_RELATIVE * Math.max(Math.abs(a), Math.abs(b));
}

export const other = (s: Side): Side => (s === 'pull' ? 'push' : 'pull');

export function compareFigure(id: FigureId, report: Report): Comparison {
  const f = FIGURES[id];
  const pull = f.value(report.pull, report);
  const push = f.value(report.push, report);
  if (pull === null || push === null) return { kind: 'not-comparable', reason: 'no-value' };
  if (isTie(pull, push)) return { kind: 'tie' };
  const lower: Side = pull < push ? 'pull' : 'push';
  const side = f.better === 'lower' ? lower : other(lower);
  const sawLess = f.blindTo.some((unseen) => unseen(report[side]) > unseen(report[other(side)]));
  return sawLess ? { kind: 'not-comparable', reason: 'saw-less' } : { kind: 'better', side };
}

/** The side to mark better, or null for a tie or when the sides are not comparable. */
export function betterSide(id: FigureId, report: Report): Side | null {
  const c = compareFigure(id, report);
  return c.kind === 'better' ? c.side : null;
}
