/** The report's timeline as CSV: one row per bucket, pull and push columns side by side. */
import type { Report, TimelineRow } from '../sim/report';

const FIELDS = [
  'expected',
  'received',
  'missed',
  'requests',
  'bytes',
  'failed',
] as const satisfies readonly (keyof TimelineRow)[];

export function timelineCsv(report: Report): string {
  const header = ['t_sec', 'alive', ...FIELDS.map((f) => `pull_${f}`), ...FIELDS.map((f) => `push_${f}`)];
  const rows = report.pull.timeline.map((p, i) => {
    const q = report.push.timeline[i];
    return [p.t, p.alive, ...FIELDS.map((f) => p[f]), ...FIELDS.map((f) => q[f])].join(',');
  });
  return [header.join(','), ...rows].join('\n') + '\n';
}
