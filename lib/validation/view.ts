/** Results shaped for the validation page: one chart row per compared figure. */
import type { Estimate, MetricResult } from './compare';
import type { ValidationResults } from './results';

export interface ChartRow {
  label: string;
  real: number;
  /** recharts ErrorBar deltas: [below, above] the value. */
  realError: [number, number];
  simulated: number | null;
  simulatedError: [number, number] | null;
  verdict: MetricResult['verdict'];
}

const deltas = (e: Estimate): [number, number] => [e.value - e.lo, e.hi - e.value];

/** Rows of one unit (shares or seconds) across all scenarios, labelled "scenario · figure". */
export function chartRows(results: ValidationResults, unit: 'share' | 's'): ChartRow[] {
  return results.scenarios.flatMap((s) =>
    s.metrics
      .filter((m) => m.unit === unit && m.real)
      .map((m) => ({
        label: `${s.title} · ${m.label}`,
        real: m.real!.value,
        realError: deltas(m.real!),
        simulated: m.simulated?.value ?? null,
        simulatedError: m.simulated ? deltas(m.simulated) : null,
        verdict: m.verdict,
      })),
  );
}
