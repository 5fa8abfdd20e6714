'use client';

import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { FIGURES, type FigureId } from '@/lib/figures/registry';
import type { Report } from '@/lib/sim/report';
import { useThemeColors } from '@/components/lab/charts/useThemeColors';

/** The predicted figure as two bars, pull beside push, from the run the learner just saw. */
export default function FigureChart({ figure, report }: { figure: FigureId; report: Report }) {
  const colors = useThemeColors();
  const f = FIGURES[figure];
  const data = (['pull', 'push'] as const).map((side) => {
    const o = report[side];
    const v = f.value(o, report);
    return { side: side === 'pull' ? 'Pull' : 'Push', value: v ?? 0, label: f.format(v, o, report), side0: side };
  });
  // Room for the longer value label to the right of its bar ("131 of 199"), about 8 px a character.
  const labelRoomPx = 16 + 8 * Math.max(...data.map((d) => d.label.length));
  return (
    <figure className="rounded-card border border-border bg-surface p-4" data-testid="predict-chart">
      <figcaption className="text-sm">
        <span className="font-semibold">{f.label}</span>
        <span className="block text-muted">{f.hint}</span>
      </figcaption>
      <div className="mt-2 h-32" role="img" aria-label={`${f.label}: pull ${data[0].label}, push ${data[1].label}`}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ top: 0, right: labelRoomPx, bottom: 0, left: 0 }}>
            <CartesianGrid stroke={colors.border} strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" hide domain={[0, 'dataMax']} />
            <YAxis type="category" dataKey="side" width={44} stroke={colors.border} tick={{ fill: colors.fg }} />
            <Bar dataKey="value" isAnimationActive={false} barSize={28} minPointSize={2}>
              {data.map((d) => (
                <Cell key={d.side} fill={d.side0 === 'pull' ? colors.pull : colors.push} />
              ))}
              <LabelList dataKey="label" position="right" fill={colors.fg} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
