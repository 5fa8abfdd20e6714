import { memo } from 'react';
import { AXIS_HEIGHT, formatTick, timeTicks } from './layout';

interface Props {
  fromSec: number;
  toSec: number;
  /** Where the plot starts, in drawing units. */
  plotLeft: number;
  plotWidth: number;
  /** Bottom of the grid lines. */
  height: number;
}

/** Tick labels along the top and faint grid lines down through every row. */
export const TimelineAxis = memo(function TimelineAxis({ fromSec, toSec, plotLeft, plotWidth, height }: Props) {
  const pxPerSec = plotWidth / (toSec - fromSec);
  const ticks = timeTicks(fromSec, toSec, Math.max(2, Math.floor(plotWidth / 90)));
  return (
    <g>
      {ticks.map((t) => {
        const x = plotLeft + (t - fromSec) * pxPerSec;
        // Keep the first and last labels inside the drawing.
        const anchor = x < plotLeft + 20 ? 'start' : x > plotLeft + plotWidth - 20 ? 'end' : 'middle';
        return (
          <g key={t}>
            <line x1={x} x2={x} y1={AXIS_HEIGHT - 6} y2={height} className="stroke-border" strokeWidth={1} />
            <text x={x} y={AXIS_HEIGHT - 10} textAnchor={anchor} className="fill-muted text-[11px] tabular-nums">
              {formatTick(t)}
            </text>
          </g>
        );
      })}
    </g>
  );
});
