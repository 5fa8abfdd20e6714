import { useId } from 'react';
import { formatSeconds } from '@/lib/lab/format';
import { visibleCount } from '@/lib/lab/playback';
import type { TracedInstance } from '@/lib/sim/report';
import { AXIS_HEIGHT, plotWidthFor, rowLayoutFor } from './layout';
import { TimelineAxis } from './TimelineAxis';
import { TimelineRow } from './TimelineRow';

interface Props {
  instances: readonly TracedInstance[];
  /** Row slots to reserve, so the chart keeps its height while zoom windows turn. */
  slots: number;
  fromSec: number;
  toSec: number;
  durationSec: number;
  tSec: number;
  /** Drawing width in CSS pixels: the viewBox matches it, so text keeps its size on every screen. */
  width: number;
}

/**
 * The drawing: a time axis, one row per instance and the playback cursor. Marks are laid out once
 * per view; moving the cursor only changes a clip rectangle, the cursor line and each row's count of
 * events shown.
 */
export function TimelineChart({ instances, slots, fromSec, toSec, durationSec, tSec, width }: Props) {
  const id = useId();
  const row = rowLayoutFor(width);
  const { plotLeft } = row;
  const plotWidth = plotWidthFor(width);
  const pxPerSec = plotWidth / (toSec - fromSec);
  const height = AXIS_HEIGHT + Math.max(1, slots) * row.height + 4;
  const cursorX = plotLeft + Math.min(Math.max(tSec - fromSec, 0), toSec - fromSec) * pxPerSec;
  const geometry = {
    row,
    wide: !row.stacked,
    fromSec,
    toSec,
    pxPerSec,
    durationSec,
    plotClip: `${id}-plot`,
    pastClip: `${id}-past`,
  };

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className="block h-auto w-full select-none"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>
        {`Fleet timeline of ${instances.length} sampled instances, ${formatSeconds(fromSec)} to ${formatSeconds(toSec)}`}
      </title>
      <desc id={`${id}-desc`}>
        Each row is one sampled instance: a grey line for its lifetime, blue marks above it for what the scraper did,
        orange marks below it for its pushes. Marks appear as the cursor passes them. The table after the legend says
        the same in words.
      </desc>
      <defs>
        <clipPath id={geometry.plotClip}>
          <rect x={plotLeft} y={-1e4} width={plotWidth} height={2e4} />
        </clipPath>
        <clipPath id={geometry.pastClip}>
          <rect x={plotLeft} y={-1e4} width={cursorX - plotLeft} height={2e4} />
        </clipPath>
      </defs>
      <TimelineAxis fromSec={fromSec} toSec={toSec} plotLeft={plotLeft} plotWidth={plotWidth} height={height} />
      {instances.length === 0 ? (
        <text x={plotLeft + 8} y={AXIS_HEIGHT + row.height / 2} className="fill-muted text-[13px]">
          No sampled instance is alive in this window.
        </text>
      ) : null}
      {instances.map((instance, i) => (
        <TimelineRow
          key={`${i}-${instance.id}`}
          instance={instance}
          y={AXIS_HEIGHT + i * row.height}
          shown={visibleCount(instance.events, tSec)}
          {...geometry}
        />
      ))}
      <line x1={cursorX} x2={cursorX} y1={AXIS_HEIGHT - 4} y2={height} className="stroke-fg" strokeWidth={1.5} />
      <path d={`M${cursorX - 5} ${AXIS_HEIGHT - 6} H${cursorX + 5} L${cursorX} ${AXIS_HEIGHT} Z`} className="fill-fg" />
    </svg>
  );
}
