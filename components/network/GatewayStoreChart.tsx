'use client';

import { useId, useMemo, useRef } from 'react';
import { formatTick, timeTicks } from '@/components/lab/timeline/layout';
import { useWidth } from '@/components/ui/useWidth';
import { niceTicks } from '@/lib/lab/series';
import { gatewayStoreSteps } from '@/lib/network/scene';
import type { Report } from '@/lib/sim/report';

const HEIGHT = 150;
const PAD = { left: 36, right: 14, top: 12, bottom: 26 };
/** Width before the first measurement (and in the static HTML): the viewBox scales it until then. */
const DEFAULT_WIDTH = 640;

/**
 * The Pushgateway's store over the whole run: a step up for every group a sampled job's push
 * created. With grouping by instance it climbs for as long as jobs run; by job it stops at one
 * group per service. Nothing ever steps down, because the gateway forgets nothing by itself.
 */
export function GatewayStoreChart({ report }: { report: Report }) {
  const id = useId();
  const boxRef = useRef<HTMLDivElement>(null);
  const width = Math.max(280, useWidth(boxRef, DEFAULT_WIDTH));
  const { durationSec } = report.scenario;
  const steps = useMemo(() => gatewayStoreSteps(report), [report]);
  const runs = report.trace.filter((i) => i.kind === 'short-lived').length;
  const final = steps.at(-1)?.groups ?? 0;

  const plotW = width - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const yTicks = niceTicks(Math.max(final, 1), 4);
  const yMax = yTicks.at(-1) ?? 1;
  const x = (tSec: number) => PAD.left + (tSec / durationSec) * plotW;
  const y = (groups: number) => PAD.top + plotH - (groups / yMax) * plotH;
  // A staircase: flat until each group appears, then straight up.
  const path = steps.reduce((d, s) => `${d} H${x(s.tSec)} V${y(s.groups)}`, `M${x(0)} ${y(0)}`) + ` H${x(durationSec)}`;
  const grouping = report.scenario.pull.pushgatewayGrouping;

  const summary = report.scenario.pull.pushgateway
    ? `${final} ${final === 1 ? 'group' : 'groups'} stored at the end of the run, from ${runs} sampled runs, grouped by ${grouping}. Nothing is ever removed.`
    : 'The Pushgateway is off: no job pushes, so nothing is stored.';

  return (
    <figure className="grid gap-2 rounded-card border border-border bg-surface p-4" data-gateway-store={final}>
      <figcaption id={`${id}-title`} className="font-semibold">
        Groups stored on the Pushgateway <span className="font-normal text-muted">over the run</span>
      </figcaption>
      <div ref={boxRef}>
        <svg
          viewBox={`0 0 ${width} ${HEIGHT}`}
          className="block h-auto w-full"
          role="img"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-summary`}
        >
          {yTicks.map((v) => (
            <g key={v}>
              <line x1={PAD.left} x2={width - PAD.right} y1={y(v)} y2={y(v)} className="stroke-border" />
              <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" className="fill-muted text-[11px] tabular-nums">
                {v}
              </text>
            </g>
          ))}
          {timeTicks(0, durationSec, Math.max(2, Math.floor(plotW / 90))).map((t) => (
            <text
              key={t}
              x={x(t)}
              y={HEIGHT - 8}
              textAnchor={t === 0 ? 'start' : t >= durationSec ? 'end' : 'middle'}
              className="fill-muted text-[11px] tabular-nums"
            >
              {formatTick(t)}
            </text>
          ))}
          <path d={path} className="fill-none stroke-pull" strokeWidth={2.5} strokeLinejoin="round" />
        </svg>
      </div>
      <p id={`${id}-summary`} className="text-xs text-muted">
        {summary} The figures above count every run; this picture follows the sampled ones.
      </p>
    </figure>
  );
}
