'use client';

import { memo, useMemo, useRef, useState } from 'react';
import {
  Area,
  AreaChart,
  CartesianGrid,
  Tooltip,
  XAxis,
  YAxis,
  type BaseTickContentProps,
  type CartesianGridProps,
} from 'recharts';
import { formatBytes, formatCount, formatPercent } from '@/lib/lab/format';
import { metricSeries, niceTicks, reuseUnchanged, type Metric, type MetricSeries, type Point } from '@/lib/lab/series';
import type { Report } from '@/lib/sim/report';
import { useWidth } from '@/components/ui/useWidth';
import { downloadSvgsAsPng } from './exportPng';
import { useThemeColors, type ThemeColors } from './useThemeColors';
import { useTurn } from './useTurn';

const FORMAT: Record<Metric, (v: number) => string> = {
  missed: (v) => formatPercent(v, 0),
  down: (v) => formatCount(v),
  requests: (v) => `${formatCount(v)}/s`,
  bytes: (v) => `${formatBytes(v)}/s`,
};

const TITLE: Record<Metric, string> = {
  missed: 'Missed samples',
  down: 'Marked down',
  requests: 'Collector load: requests per second, busiest second',
  bytes: 'Collector load: bytes per second',
};

const DESCRIBE: Record<Metric, string> = {
  missed: 'Share of the instances alive in each bucket that have no data point in it.',
  down: 'Instances the backend holds as down at each bucket’s end: pull, targets whose last scrape failed (up = 0); push, instances marked dead and not heard from since.',
  requests:
    'Scrapes (pull) or pushes, retries and datagrams (push) in the busiest one-second window of each bucket, so a burst shows at any bucket width.',
  bytes: 'Payload arriving per second, averaged over each bucket.',
};

/** Two charts per metric, pull beside push, on identical axes. Loaded lazily with recharts. */
export default function ResultCharts({
  report,
  only = ['missed', 'down', 'load'],
}: {
  report: Report;
  /** The pairs to draw (a lesson shows the one its idea needs); 'load' is requests or bytes by a toggle. */
  only?: readonly ('missed' | 'down' | 'load')[];
}) {
  const [load, setLoad] = useState<'requests' | 'bytes'>('requests');
  return (
    <div className="space-y-4">
      {only.includes('missed') ? <ChartPair report={report} metric="missed" /> : null}
      {only.includes('down') ? <ChartPair report={report} metric="down" /> : null}
      {only.includes('load') ? (
        <ChartPair
          report={report}
          metric={load}
          extra={
            <div role="group" aria-label="Load unit" className="flex gap-1">
              {(['requests', 'bytes'] as const).map((m) => (
                <button
                  key={m}
                  type="button"
                  aria-pressed={load === m}
                  onClick={() => setLoad(m)}
                  className={`lab-chip px-3 ${load === m ? 'border-fg bg-fg text-bg hover:bg-fg' : ''}`}
                >
                  {m === 'requests' ? 'Requests/s' : 'Bytes/s'}
                </button>
              ))}
            </div>
          }
        />
      ) : null}
    </div>
  );
}

function ChartPair({ report, metric, extra }: { report: Report; metric: Metric; extra?: React.ReactNode }) {
  const colors = useThemeColors();
  const series = useSeries(report, metric);
  const box = useRef<HTMLDivElement>(null);
  const [exporting, setExporting] = useState(false);
  const durationMin = report.scenario.durationSec / 60;

  const exportPng = async () => {
    const svgs = [...(box.current?.querySelectorAll<SVGSVGElement>('svg.recharts-surface') ?? [])];
    if (!svgs.length) return;
    setExporting(true);
    try {
      await downloadSvgsAsPng(svgs, {
        fileName: `pushpull-${metric}.png`,
        background: colors.surface,
        title: `${TITLE[metric]}: pull (left) vs push (right)`,
        titleColor: colors.fg,
      });
    } finally {
      setExporting(false);
    }
  };

  return (
    <figure className="rounded-card border border-border bg-surface p-4" data-chart={metric}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <figcaption>
          <span className="font-semibold">{TITLE[metric]}</span>
          <span className="block text-sm text-muted">{DESCRIBE[metric]}</span>
        </figcaption>
        <div className="flex flex-wrap gap-2">
          {extra}
          <button type="button" className="lab-chip px-3" onClick={exportPng} disabled={exporting}>
            {exporting ? 'Exporting…' : 'PNG'}
            <span className="sr-only"> of {TITLE[metric]}</span>
          </button>
        </div>
      </div>
      <div ref={box} className="mt-3 grid gap-4 sm:grid-cols-2">
        {(['pull', 'push'] as const).map((side) => (
          <SideChart
            key={side}
            side={side}
            points={series[side]}
            yMax={series.yMax}
            durationMin={durationMin}
            colors={colors}
            format={FORMAT[metric]}
            label={`${TITLE[metric]}, ${side}`}
          />
        ))}
      </div>
    </figure>
  );
}

/** The report's series for `metric`, keeping a side's previous array when its points are the same. */
function useSeries(report: Report, metric: Metric): MetricSeries {
  const [shown, setShown] = useState(() => ({ report, metric, series: metricSeries(report, metric) }));
  if (shown.report === report && shown.metric === metric) return shown.series;
  // Adjusting state while rendering, as React documents for values derived from previous renders.
  const next = { report, metric, series: reuseUnchanged(shown.series, metricSeries(report, metric)) };
  setShown(next);
  return next.series;
}

// Right: room for half of the last x label, centred on the axis end.
const MARGIN = { top: 4, right: 16, bottom: 0, left: 0 };
const minutes = (m: number) => `${formatCount(m)}m`;

interface SideChartProps {
  side: 'pull' | 'push';
  points: Point[];
  yMax: number;
  durationMin: number;
  colors: ThemeColors;
  format: (v: number) => string;
  label: string;
}

const HEIGHT_PX = 176;
const NO_POINTS: Point[] = [];

// Props other than the data stay referentially stable between reports: recharts recomputes its
// selectors for any new object it is given. Each new set of props, and each new width, waits for a
// turn (useTurn). The width is measured here rather than by recharts' ResponsiveContainer, which
// draws the chart in a later resize callback, outside its turn (and with the others at once).
const SideChart = memo(function SideChart(props: SideChartProps) {
  const { side, label, durationMin } = props;
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 0);
  const shown = useTurn(useMemo(() => (width > 0 ? { ...props, width } : null), [props, width]));
  // A chart's first mount is its costliest task (recharts builds its store and runs its code for the
  // first time), so it takes two turns: the frame (axes, grid) first, the series and tooltip next.
  const framed = useTurn(shown !== undefined) ?? false;
  return (
    <div>
      <p className={`mb-1 text-sm font-semibold ${side === 'pull' ? 'text-pull-ink' : 'text-push-ink'}`}>
        {side === 'pull' ? 'Pull' : 'Push'}
      </p>
      <div
        ref={box}
        style={{ height: HEIGHT_PX }}
        role="img"
        aria-label={`${label}: chart over ${formatCount(durationMin)} minutes`}
      >
        {shown ? <Chart {...shown} withSeries={framed} /> : null}
      </div>
    </div>
  );
});

function Chart({
  side,
  points,
  yMax,
  durationMin,
  colors,
  format,
  width,
  withSeries,
}: SideChartProps & { width: number; withSeries: boolean }) {
  const color = side === 'pull' ? colors.pull : colors.push;
  const tick = useMemo(() => axisTick(colors.muted), [colors.muted]);
  const xDomain = useMemo(() => [0, durationMin], [durationMin]);
  const yDomain = useMemo(() => [0, yMax], [yMax]);
  const xTicks = useMemo(() => niceTicks(durationMin), [durationMin]);
  const yTicks = useMemo(() => niceTicks(yMax), [yMax]);
  const tooltipFormat = useMemo(
    () => (v: unknown) => [format(Number(v)), side === 'pull' ? 'Pull' : 'Push'] as [string, string],
    [format, side],
  );
  const tooltipStyle = useMemo(
    () => ({ background: colors.surface, borderColor: colors.border, color: colors.fg }),
    [colors.surface, colors.border, colors.fg],
  );
  const gridLines = useMemo(() => horizontalGridLines(yTicks, yMax), [yTicks, yMax]);
  return (
    <AreaChart width={width} height={HEIGHT_PX} data={withSeries ? points : NO_POINTS} margin={MARGIN}>
      <CartesianGrid
        stroke={colors.border}
        strokeDasharray="3 3"
        vertical={false}
        horizontalCoordinatesGenerator={gridLines}
        verticalCoordinatesGenerator={noGridLines}
      />
      <XAxis
        dataKey="min"
        type="number"
        domain={xDomain}
        ticks={xTicks}
        interval={0}
        tick={tick}
        stroke={colors.border}
        tickFormatter={minutes}
      />
      <YAxis
        domain={yDomain}
        ticks={yTicks}
        interval={0}
        tick={tick}
        stroke={colors.border}
        width={56}
        tickFormatter={format}
        allowDataOverflow
      />
      {withSeries ? (
        <>
          <Tooltip formatter={tooltipFormat} labelFormatter={tooltipLabel} contentStyle={tooltipStyle} />
          <Area
            type="stepAfter"
            dataKey="value"
            stroke={color}
            strokeWidth={2}
            fill={color}
            fillOpacity={0.2}
            isAnimationActive={false}
            connectNulls={false}
          />
        </>
      ) : null}
    </AreaChart>
  );
}

/**
 * The grid's lines at the y ticks (and the plot's top and bottom, as recharts draws them), placed
 * from the plot's box: recharts' own generator measures every tick label in the DOM, a forced
 * layout of the page per chart.
 */
const horizontalGridLines =
  (yTicks: number[], yMax: number): NonNullable<CartesianGridProps['horizontalCoordinatesGenerator']> =>
  ({ offset }) => {
    const bottom = offset.top + offset.height;
    const lines = yTicks.map((v) => bottom - (v / yMax) * offset.height);
    return lines.includes(offset.top) ? lines : [...lines, offset.top];
  };

/** No vertical lines are drawn, but recharts would still measure the x labels to place them. */
const noGridLines = () => [];

/**
 * Tick labels as plain SVG text. recharts' own <Text> measures every label in the DOM to wrap it,
 * on every redraw; these are short numbers that never wrap.
 */
const axisTick = (fill: string) =>
  function AxisTick({ x, y, textAnchor, verticalAnchor, payload, index, tickFormatter }: BaseTickContentProps) {
    const dy = verticalAnchor === 'middle' ? '0.355em' : verticalAnchor === 'start' ? '0.71em' : undefined;
    return (
      <text x={x} y={y} dy={dy} textAnchor={textAnchor} fill={fill} fontSize={12}>
        {tickFormatter ? tickFormatter(payload.value, index) : payload.value}
      </text>
    );
  };

const tooltipLabel = (m: unknown) => `from minute ${formatCount(Number(m))}`;
