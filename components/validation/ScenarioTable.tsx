import { formatPercent } from '@/lib/lab/format';
import type { Estimate, MetricResult } from '@/lib/validation/compare';
import type { ScenarioResult } from '@/lib/validation/results';

function value(e: Estimate | null, unit: MetricResult['unit']): string {
  if (!e) return '—';
  if (unit === 'series') return String(e.value);
  const f = (x: number) => (unit === 'share' ? formatPercent(x, 1) : `${x.toFixed(2)} s`);
  return `${f(e.value)} (${f(e.lo)}–${f(e.hi)}, n = ${e.n})`;
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
          {scenario.title}: real Prometheus against the simulator, {confidence * 100} % intervals
        </caption>
        <thead className="text-muted">
          <tr className="border-b border-border">
            <th scope="col" className="py-2 pr-4 font-medium">
              Figure
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Real Prometheus
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Simulator
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
