import { formatPercent } from '@/lib/lab/format';
import type { Estimate, MetricResult } from '@/lib/validation/compare';
import type { ScenarioResult } from '@/lib/validation/results';

/** A value with its interval (real) or its band over simulated runs, and what it rests on. */
function value(e: Estimate | null, unit: MetricResult['unit']): string {
  if (!e) return '—';
  const f = (x: number) =>
    unit === 'share' ? formatPercent(x, 1) : unit === 's' ? `${x.toFixed(2)} s` : String(Math.round(x * 10) / 10);
  const basis = e.runs ? `n = ${e.n}, ${e.runs} runs` : `n = ${e.n}`;
  if (unit === 'series') return e.lo === e.hi ? f(e.value) : `${f(e.value)} (${f(e.lo)}–${f(e.hi)})`;
  return `${f(e.value)} (${f(e.lo)}–${f(e.hi)}, ${basis})`;
}

const VERDICT: Record<MetricResult['verdict'], string> = {
  agree: 'Agree',
  differ: 'Differ',
  unsupported: 'Not modelled yet',
  'no-data': 'Too few samples',
};

/** One scenario's figures: real, simulated, the test and its verdict. */
export function ScenarioTable({ scenario, confidence }: { scenario: ScenarioResult; confidence: number }) {
  return (
    // Focusable, so a keyboard can scroll a table wider than a phone.
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`${scenario.title}: figures`}>
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">
          {scenario.title}: one real Prometheus run, with its {confidence * 100} % interval, against the
          simulator&apos;s mean over runs, with the band {confidence * 100} % of its runs fall in
        </caption>
        <thead className="text-muted">
          <tr className="border-b border-border">
            <th scope="col" className="py-2 pr-4 font-medium">
              Figure
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Real Prometheus (interval)
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Simulator (mean, band of runs)
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Test
            </th>
            <th scope="col" className="py-2 font-medium">
              Verdict
            </th>
          </tr>
        </thead>
        <tbody>
          {scenario.metrics.map((m) => (
            <tr key={m.key} className="border-b border-border align-top">
              <th scope="row" className="py-2 pr-4 font-medium">
                {m.label}
                {m.naive !== undefined ? (
                  <span className="block text-xs font-normal text-muted">d/T law: {formatPercent(m.naive, 1)}</span>
                ) : null}
              </th>
              <td className="py-2 pr-4 tabular-nums">{value(m.real, m.unit)}</td>
              <td className="py-2 pr-4 tabular-nums">{value(m.simulated, m.unit)}</td>
              <td className="py-2 pr-4 text-muted">
                {m.test}
                {m.pValue !== null ? `, p = ${m.pValue.toPrecision(2)}` : ''}
              </td>
              <td className="py-2">
                <span className={m.verdict === 'differ' ? 'font-semibold text-push-ink' : ''}>
                  {VERDICT[m.verdict]}
                </span>
                {m.note ? <span className="block text-xs text-muted">{m.note}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
