'use client';

import { Bar, BarChart, CartesianGrid, ErrorBar, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatPercent } from '@/lib/lab/format';
import type { ChartRow } from '@/lib/validation/view';
import { useThemeColors } from '@/components/lab/charts/useThemeColors';

const ROW_PX = 56;

/** Real (solid) against simulated (pull colour) with their intervals, one horizontal pair per figure. */
export default function ValidationCharts({ rows, unit }: { rows: ChartRow[]; unit: 'share' | 's' }) {
  const colors = useThemeColors();
  const format = (v: number) => (unit === 'share' ? formatPercent(v, 0) : `${v.toFixed(1)} s`);
  return (
    <div style={{ height: rows.length * ROW_PX + 70 }} className="w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }} barGap={2}>
          <CartesianGrid horizontal={false} stroke={colors.border} />
          <XAxis
            type="number"
            domain={unit === 'share' ? [0, 1] : [0, 'auto']}
            tickFormatter={format}
            stroke={colors.muted}
            tick={{ fill: colors.muted, fontSize: 12 }}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={170}
            stroke={colors.muted}
            tick={{ fill: colors.fg, fontSize: 11 }}
            interval={0}
          />
          <Tooltip
            formatter={(v) => (typeof v === 'number' ? format(v) : String(v))}
            contentStyle={{ background: colors.surface, borderColor: colors.border, color: colors.fg }}
          />
          <Legend wrapperStyle={{ color: colors.fg }} />
          <Bar dataKey="real" name="Real Prometheus" fill={colors.fg} isAnimationActive={false}>
            <ErrorBar dataKey="realError" direction="x" stroke={colors.muted} width={6} />
          </Bar>
          <Bar dataKey="simulated" name="Simulator" fill={colors.pull} isAnimationActive={false}>
            <ErrorBar dataKey="simulatedError" direction="x" stroke={colors.muted} width={6} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
