// The table `npm run lighthouse` prints: one row per page from its audits, a verdict against the
// budget, and the markdown for it. Pure (no browser), so the rules are unit-tested.
import { median } from './calibration.mjs';

/** Issue #12's budget: every page's median, and its distance from the control's median. */
export const BUDGET = { performance: 95, accessibility: 100, behindControl: 3 };

/** One page's medians over its audits (an audit is one Lighthouse run; see scripts/lighthouse.mjs). */
export function summarize(audits) {
  const ok = audits.filter((a) => !a.error);
  const mid = (key) => (ok.length ? median(ok.map((a) => a[key])) : Number.NaN);
  return {
    audits: audits.length,
    errors: audits.filter((a) => a.error).map((a) => a.error),
    performanceRuns: ok.map((a) => a.performance),
    performance: mid('performance'),
    accessibility: mid('accessibility'),
    lcpMs: mid('lcpMs'),
    tbtMs: mid('tbtMs'),
    mainThreadHostMs: mid('mainThreadHostMs'),
    indexRuns: ok.map((a) => a.index),
    multiplierRuns: ok.map((a) => a.multiplier),
    // Audits whose host changed speed mid-audit, or was slower than the phone.
    uncalibrated: ok.filter((a) => a.unsteady || a.basis === 'host too slow').length,
  };
}

/** What keeps a page out of budget, given the control's row; empty when it is within. */
export function misses(row, control) {
  if (!row.performanceRuns.length) return [`no audit finished (${row.errors[0] ?? 'no audits'})`];
  const out = [];
  if (row.performance < BUDGET.performance) out.push(`performance ${row.performance} < ${BUDGET.performance}`);
  if (row.accessibility < BUDGET.accessibility)
    out.push(`accessibility ${row.accessibility} < ${BUDGET.accessibility}`);
  const behind = control.performance - row.performance;
  if (behind > BUDGET.behindControl) out.push(`${behind} below the control`);
  return out;
}

const ms = (v) => (Number.isFinite(v) ? Math.round(v).toLocaleString('en-US') : '–');
const list = (values, format) => values.map(format).join(', ');

/** The markdown table: the control's row first, then every page with its verdict. */
export function markdownTable(control, pages) {
  const head = [
    'page',
    'performance (runs)',
    'median',
    'vs control',
    'accessibility',
    'LCP',
    'TBT',
    'main thread on host',
    'index (runs)',
    'multiplier (runs)',
    'verdict',
  ];
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const cells = (name, row, verdict) => [
    name,
    list(row.performanceRuns, String),
    Number.isFinite(row.performance) ? String(row.performance) : '–',
    name.startsWith('control') ? '' : signed(row.performance - control.performance),
    Number.isFinite(row.accessibility) ? String(row.accessibility) : '–',
    Number.isFinite(row.lcpMs) ? `${(row.lcpMs / 1000).toFixed(2)} s` : '–',
    `${ms(row.tbtMs)} ms`,
    `${ms(row.mainThreadHostMs)} ms`,
    list(row.indexRuns, ms),
    list(row.multiplierRuns, (m) => `${m.toFixed(1)}×`),
    verdict,
  ];
  return [
    line(head),
    line(head.map(() => '---')),
    line(cells('control (bare Next.js)', control, caveat(control).trim())),
    ...pages.map(({ route, row }) => {
      const why = misses(row, control);
      const verdict = why.length ? `over: ${why.join('; ')}` : 'within';
      return line(cells(`\`${route}\``, row, `${verdict}${caveat(row)}`));
    }),
  ].join('\n');
}

function caveat(row) {
  return row.uncalibrated ? ` (${row.uncalibrated} of ${row.performanceRuns.length} uncalibrated)` : '';
}

function signed(v) {
  if (!Number.isFinite(v)) return '–';
  return v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '±0';
}
