import { memo } from 'react';
import { formatSeconds } from '@/lib/lab/format';
import type { TracedInstance } from '@/lib/sim/report';
import { truncatedAfter, type RowLayout } from './layout';
import { CrashMark, EventMarks } from './marks';

export interface RowGeometry {
  row: RowLayout;
  /** Lane tags ("pull", "push") fit in the label column. */
  wide: boolean;
  fromSec: number;
  toSec: number;
  pxPerSec: number;
  durationSec: number;
  /** Clip ids defined once by the chart: the plot area, and the part of it left of the cursor. */
  plotClip: string;
  pastClip: string;
}

interface Props extends RowGeometry {
  instance: TracedInstance;
  y: number;
  /** How many of the instance's events happened up to the cursor. */
  shown: number;
}

/**
 * One instance: its label, its lifetime (faint ahead of the cursor, solid behind it), its pull marks
 * above the life line and its push marks below. Memoised: during playback a row re-renders only
 * when one of its events passes the cursor.
 */
export const TimelineRow = memo(function TimelineRow({ instance, y, shown, ...g }: Props) {
  const { row } = g;
  const x = (tSec: number) => row.plotLeft + (tSec - g.fromSec) * g.pxPerSec;
  const laneY = (engine: 'pull' | 'push') => (engine === 'pull' ? row.pullY : row.pushY);
  const open = instance.endSec >= g.durationSec && !instance.crashed;
  const x1 = x(instance.startSec);
  const x2 = x(Math.min(instance.endSec, g.durationSec));
  const maxChars = row.stacked ? 24 : Math.floor((row.plotLeft - 12) / 7.5);
  const name = instance.id.length > maxChars ? `${instance.id.slice(0, maxChars - 1)}…` : instance.id;
  const kind =
    instance.kind === 'long-running'
      ? instance.crashed
        ? 'crashed'
        : 'long-running'
      : open
        ? 'job, running'
        : `job · ${formatSeconds(instance.endSec - instance.startSec)}`;
  const margin = 6 / g.pxPerSec; // marks whose centre is just outside the view still show their edge
  const marks = instance.events.slice(0, shown).filter((e) => e.t >= g.fromSec - margin && e.t <= g.toSec + margin);

  const cut = truncatedAfter(instance);
  // Past the trace's cap a lane turns dotted: events went on, the sample stopped keeping them.
  const dotted = (['pull', 'push'] as const).map((engine) => {
    const t = cut[engine];
    if (t === null || t >= instance.endSec) return null;
    const y = laneY(engine);
    return (
      <line
        key={engine}
        x1={x(t) + 7}
        x2={x2}
        y1={y}
        y2={y}
        className="stroke-muted"
        strokeWidth={1.5}
        strokeDasharray="1 4"
        strokeLinecap="round"
      />
    );
  });

  const life = (
    <>
      <line x1={x1} x2={x2} y1={row.lifeY} y2={row.lifeY} className="stroke-muted" strokeWidth={2.5} />
      <line x1={x1} x2={x1} y1={row.lifeY - 4} y2={row.lifeY + 4} className="stroke-muted" strokeWidth={2} />
      {open ? (
        <path
          d={`M${x2 - 6} ${row.lifeY - 4.5} L${x2} ${row.lifeY} L${x2 - 6} ${row.lifeY + 4.5}`}
          className="fill-none stroke-muted"
          strokeWidth={2}
        />
      ) : (
        <line x1={x2} x2={x2} y1={row.lifeY - 4} y2={row.lifeY + 4} className="stroke-muted" strokeWidth={2} />
      )}
    </>
  );

  return (
    <g transform={`translate(0 ${y})`}>
      {row.stacked ? (
        <text x={row.plotLeft} y={row.labelY} className="text-[11px]">
          <tspan className="fill-fg font-medium">{name}</tspan>
          <tspan className={instance.crashed ? 'fill-bad' : 'fill-muted'}>{` · ${kind}`}</tspan>
        </text>
      ) : (
        <>
          <text x={8} y={row.pullY + 5} className="fill-fg text-[13px] font-medium">
            {name}
          </text>
          <text x={8} y={row.pushY + 3} className={`text-[11px] ${instance.crashed ? 'fill-bad' : 'fill-muted'}`}>
            {kind}
          </text>
        </>
      )}
      {g.wide ? (
        <>
          <text x={row.plotLeft - 8} y={row.pullY + 3.5} textAnchor="end" className="fill-pull-ink text-[10px]">
            pull
          </text>
          <text x={row.plotLeft - 8} y={row.pushY + 3.5} textAnchor="end" className="fill-push-ink text-[10px]">
            push
          </text>
        </>
      ) : null}
      <g clipPath={`url(#${g.plotClip})`}>
        <rect
          x={x1}
          y={row.pullY - 9}
          width={Math.max(2, x2 - x1)}
          height={row.pushY - row.pullY + 18}
          rx={6}
          className="fill-surface-2"
        />
        <g opacity={0.3}>{life}</g>
        <g clipPath={`url(#${g.pastClip})`}>
          {life}
          {dotted}
        </g>
        {marks.map((e, i) =>
          e.engine === 'fleet' ? <CrashMark key={i} x={x(e.t)} y1={row.pullY - 8} y2={row.pushY + 8} /> : null,
        )}
        <EventMarks events={marks} x={x} yFor={laneY} />
      </g>
    </g>
  );
});
