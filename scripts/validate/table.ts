/** Prints one scenario's comparison for a person: real and simulated side by side. */
import type { Estimate, MetricResult } from '../../lib/validation/compare';
import type { ScenarioResult } from '../../lib/validation/results';

function show(e: Estimate | null, unit: MetricResult['unit']): string {
  if (!e) return '-';
  if (unit === 'series') return String(e.value);
  const f = (x: number) => (unit === 'share' ? `${(x * 100).toFixed(1)}%` : `${x.toFixed(2)} s`);
  return `${f(e.value)} [${f(e.lo)}, ${f(e.hi)}] n=${e.n}`;
}

export function printScenario(s: ScenarioResult): void {
  const rows = s.metrics.map((m) => [
    m.label,
    show(m.real, m.unit),
    show(m.simulated, m.unit),
    m.pValue === null ? '' : `p=${m.pValue.toPrecision(2)}`,
    m.verdict + (m.naive !== undefined ? `  (d/T: ${(m.naive * 100).toFixed(1)}%)` : ''),
  ]);
  const head = ['metric', 'real', 'simulated', 'test', 'verdict'];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (r: string[]) => r.map((x, c) => x.padEnd(widths[c])).join('  ');
  console.log(`\n${s.title} (${s.name}, ${s.wallSec} s)`);
  console.log(line(head));
  for (const r of rows) console.log(line(r));
  for (const m of s.metrics) if (m.note) console.log(`  note: ${m.note}`);
  for (const n of s.notes) console.log(`  harness: ${n}`);
  for (const w of s.warnings) console.log(`  warning: ${w}`);
}
