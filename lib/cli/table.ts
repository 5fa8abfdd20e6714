/** The report for a person: pull and push side by side, one figure per row, units spelled out. */
import { formatBytes, formatPercent, formatSeconds } from '../lab/format';
import type { Outcome, Report } from '../sim/report';

/** Exact counts, so a person can match the table against the JSON report. */
const count = (x: number) => x.toLocaleString('en-US');
const seconds = (x: number | null) => (x === null ? '—' : formatSeconds(x));

const ROWS: [string, (o: Outcome) => string][] = [
  ['samples received / expected', (o) => `${count(o.samplesReceived)} / ${count(o.samplesExpected)}`],
  ['missed samples', (o) => formatPercent(o.missedSampleRatio)],
  ['services never seen', (o) => `${count(o.servicesNeverSeen)} of ${count(o.servicesTotal)}`],
  ['counts lost', (o) => formatPercent(o.countsLostRatio)],
  ['requests', (o) => count(o.requests)],
  ['requests/s mean · peak', (o) => `${o.requestsPerSecMean.toFixed(2)} · ${count(o.requestsPerSecPeak)}`],
  ['bytes', (o) => formatBytes(o.bytes)],
  ['failed requests', (o) => count(o.failed)],
  ['dead detection, mean', (o) => seconds(o.deadDetectionSecMean)],
  ['crashes not detected', (o) => count(o.deadUndetected)],
  ['timestamp error, mean', (o) => seconds(o.timestampErrorSecMean)],
  ['stale series at the end', (o) => count(o.staleSeries)],
  ['config places', (o) => count(o.configPlaces)],
];

export function formatTable(report: Report): string {
  const { scenario: s } = report;
  const pullTitle = s.pull.pushgateway ? 'pull (Prometheus + Pushgateway)' : 'pull (Prometheus)';
  const pushTitle = `push (${s.push.protocol === 'http' ? 'HTTP' : 'StatsD'})`;
  const rows = [['', pullTitle, pushTitle], ...ROWS.map(([label, f]) => [label, f(report.pull), f(report.push)])];
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c].length)));
  const lines = rows.map((r) =>
    r
      .map((cell, c) => cell.padEnd(widths[c]))
      .join('   ')
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('   '));
  const head = `${count(report.pull.servicesTotal)} instances over ${count(s.durationSec)} s (seed ${s.seed}), buckets of ${s.resolutionSec} s`;
  return [head, '', ...lines].join('\n');
}
