/**
 * The report for a person: pull and push side by side, the registry's figures first (✓ on the
 * better side, by the same rule as the lab), then exact totals to match against the JSON report.
 */
import { FIGURE_IDS, FIGURES } from '../figures/registry';
import { betterSide, TIE_RELATIVE, type Side } from '../figures/compare';
import { formatBytes } from '../lab/format';
import type { Outcome, Report } from '../sim/report';

const count = (x: number) => x.toLocaleString('en-US');

const TOTALS: [string, (o: Outcome) => string][] = [
  ['samples received / expected', (o) => `${count(o.samplesReceived)} / ${count(o.samplesExpected)}`],
  ['requests', (o) => count(o.requests)],
  ['bytes', (o) => formatBytes(o.bytes)],
];

function figureCells(report: Report): string[][] {
  return FIGURE_IDS.map((id) => {
    const f = FIGURES[id];
    const better = betterSide(id, report);
    const cell = (side: Side) => {
      const o = report[side];
      return f.format(f.value(o, report), o, report) + (better === side ? ' ✓' : '');
    };
    return [f.label.toLowerCase(), cell('pull'), cell('push')];
  });
}

export function formatTable(report: Report): string {
  const { scenario: s } = report;
  const pullTitle = s.pull.pushgateway ? 'pull (Prometheus + Pushgateway)' : 'pull (Prometheus)';
  const pushTitle = `push (${s.push.protocol === 'http' ? 'HTTP' : 'StatsD'})`;
  const rows = [
    ['', pullTitle, pushTitle],
    ...figureCells(report),
    ...TOTALS.map(([label, f]) => [label, f(report.pull), f(report.push)]),
  ];
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c].length)));
  const lines = rows.map((r) =>
    r
      .map((cell, c) => cell.padEnd(widths[c]))
      .join('   ')
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('   '));
  const head = `${count(report.pull.servicesTotal)} instances over ${count(s.durationSec)} s (seed ${s.seed}), buckets of ${s.resolutionSec} s`;
  const foot = `✓ better; no mark: a tie (within ${TIE_RELATIVE * 100} %), or a side that saw less of the fleet`;
  return [head, '', ...lines, '', foot].join('\n');
}
