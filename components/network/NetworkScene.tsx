'use client';

import { memo } from 'react';
import { GATEWAY_H, messagePosition, NODE_H, type NetworkLayout, type Point } from '@/lib/network/layout';
import type { CapacityUse, InstanceState, Message } from '@/lib/network/scene';
import { formatShare } from '@/lib/network/summary';
import type { Report } from '@/lib/sim/report';

const INSTANCE_R = 8;
const MESSAGE_R = 4;
/** The Pushgateway draws at most this many stored groups as squares, then "+N". */
const GATEWAY_COLS = 8;
const GATEWAY_ROWS = 3;

interface Props {
  report: Report;
  layout: NetworkLayout;
  instances: readonly InstanceState[];
  messages: readonly Message[];
  firewalled: ReadonlySet<string>;
  gatewayGroups: number;
  capacity: CapacityUse;
}

/** The picture itself: decorative for assistive technology, which reads the summary instead. */
export function NetworkScene({ report, layout, instances, messages, firewalled, gatewayGroups, capacity }: Props) {
  const { width, height } = layout;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      className="block h-auto select-none"
      aria-hidden="true"
      focusable="false"
      data-network-scene
    >
      <StaticBackdrop layout={layout} />
      <g>
        {instances.map((s) =>
          s.visible ? (
            <Instance key={s.index} state={s} at={layout.slots[s.index]} id={report.trace[s.index].id} />
          ) : null,
        )}
      </g>
      <g>
        {messages.map((m) => (
          <MessageMark
            key={m.key}
            message={m}
            layout={layout}
            firewalled={firewalled.has(report.trace[m.instance].group)}
          />
        ))}
      </g>
      {/* Nodes over the messages: a scrape leaves from under the scraper, a push lands inside the collector. */}
      <Node at={layout.scraper} w={layout.nodeW} title="Prometheus" subtitle="scraper (pull)" tone="pull" />
      <Node at={layout.collector} w={layout.nodeW} title="Collector" subtitle="push backend" tone="push" />
      <Gauge at={layout.collector} w={layout.nodeW} capacity={capacity} />
      {layout.gateway ? <Gateway at={layout.gateway} w={layout.nodeW} groups={gatewayGroups} /> : null}
    </svg>
  );
}

/** The firewall and the group labels change only with the layout: drawn once, not every frame. */
const StaticBackdrop = memo(function StaticBackdrop({ layout }: { layout: NetworkLayout }) {
  const f = layout.firewall;
  return (
    <g>
      {f ? (
        <g data-firewall>
          <rect
            x={f.x}
            y={f.y}
            width={f.w}
            height={f.h}
            rx={10}
            className="fill-surface-2 stroke-bad"
            strokeWidth={1.5}
            strokeDasharray="6 4"
          />
          <text x={f.x + 10} y={f.y + 15} className="fill-bad text-[11px] font-semibold">
            Firewall / NAT: no inbound connections
          </text>
        </g>
      ) : null}
      {layout.groups.map((g) => (
        <text key={g.name} x={g.label.x} y={g.label.y} className="fill-muted text-[11px]">
          {g.name}
        </text>
      ))}
    </g>
  );
});

function Node(props: { at: Point; w: number; title: string; subtitle: string; tone: 'pull' | 'push' }) {
  const { at, w, title, subtitle, tone } = props;
  return (
    <g>
      <rect
        x={at.x - w / 2}
        y={at.y - NODE_H / 2}
        width={w}
        height={NODE_H}
        rx={8}
        className={`fill-surface ${tone === 'pull' ? 'stroke-pull' : 'stroke-push'}`}
        strokeWidth={2}
      />
      <text x={at.x} y={at.y - 3} textAnchor="middle" className="fill-fg text-[12px] font-semibold">
        {title}
      </text>
      <text
        x={at.x}
        y={at.y + 12}
        textAnchor="middle"
        className={`text-[10px] ${tone === 'pull' ? 'fill-pull-ink' : 'fill-push-ink'}`}
      >
        {subtitle}
      </text>
    </g>
  );
}

/** Requests per second against the collector's capacity: the bar fills, and turns red past 100%. */
function Gauge({ at, w, capacity }: { at: Point; w: number; capacity: CapacityUse }) {
  const over = capacity.share > 1;
  const top = at.y + NODE_H / 2 + 6;
  return (
    <g data-capacity={capacity.share.toFixed(3)}>
      <rect x={at.x - w / 2} y={top} width={w} height={6} rx={3} className="fill-surface-2 stroke-border" />
      <rect
        x={at.x - w / 2}
        y={top}
        width={w * Math.min(1, capacity.share)}
        height={6}
        rx={3}
        className={over ? 'fill-bad' : 'fill-push'}
      />
      <text x={at.x} y={top + 18} textAnchor="middle" className={`text-[10px] ${over ? 'fill-bad' : 'fill-muted'}`}>
        {formatShare(capacity.share)} of capacity
      </text>
    </g>
  );
}

/** The Pushgateway with one square per stored group: it only ever grows. */
function Gateway({ at, w, groups }: { at: Point; w: number; groups: number }) {
  const cell = Math.floor((w - 8) / GATEWAY_COLS);
  const shown = Math.min(groups, GATEWAY_COLS * GATEWAY_ROWS);
  const left = at.x - (cell * GATEWAY_COLS) / 2;
  const top = at.y - GATEWAY_H / 2 + 22;
  return (
    <g data-gateway-groups={groups}>
      <rect
        x={at.x - w / 2}
        y={at.y - GATEWAY_H / 2}
        width={w}
        height={GATEWAY_H}
        rx={8}
        className="fill-surface stroke-pull"
        strokeWidth={1.5}
        strokeDasharray="4 3"
      />
      <text x={at.x} y={at.y - GATEWAY_H / 2 + 14} textAnchor="middle" className="fill-fg text-[11px] font-semibold">
        Pushgateway
      </text>
      {Array.from({ length: shown }, (_, k) => (
        <rect
          key={k}
          x={left + (k % GATEWAY_COLS) * cell + 1}
          y={top + Math.floor(k / GATEWAY_COLS) * cell + 1}
          width={cell - 2}
          height={cell - 2}
          rx={1.5}
          className="fill-pull"
        />
      ))}
      <text x={at.x} y={at.y + GATEWAY_H / 2 - 5} textAnchor="middle" className="fill-muted text-[10px]">
        {groups > shown ? `+${groups - shown} · ` : ''}
        {groups} {groups === 1 ? 'group' : 'groups'}
      </text>
    </g>
  );
}

function Instance({ state, at, id }: { state: InstanceState; at: Point; id: string }) {
  return (
    <g data-instance={id} data-state={state.crashed ? 'crashed' : 'running'}>
      <circle
        cx={at.x}
        cy={at.y}
        r={INSTANCE_R}
        className={state.crashed ? 'fill-surface stroke-bad' : 'fill-surface-2 stroke-fg'}
        strokeWidth={1.5}
      />
      {state.crashed ? <Cross at={at} size={4} className="stroke-bad" /> : null}
      {/* Down as each backend sees it: a pull-blue tick on the left, a push-orange one on the right. */}
      {state.downPull ? <rect x={at.x - 9} y={at.y - 12} width={6} height={4} rx={1} className="fill-pull" /> : null}
      {state.downPush ? <rect x={at.x + 3} y={at.y - 12} width={6} height={4} rx={1} className="fill-push" /> : null}
    </g>
  );
}

function Cross({ at, size, className }: { at: Point; size: number; className: string }) {
  const d = `M${at.x - size} ${at.y - size}L${at.x + size} ${at.y + size}M${at.x + size} ${at.y - size}L${at.x - size} ${at.y + size}`;
  return <path d={d} className={className} strokeWidth={2} strokeLinecap="round" fill="none" />;
}

/** A dot in flight; a failed, lost or refused one ends as a red cross where it stopped. */
function MessageMark({
  message,
  layout,
  firewalled,
}: {
  message: Message;
  layout: NetworkLayout;
  firewalled: boolean;
}) {
  const p = messagePosition(message, layout, firewalled);
  const failedHere = message.outcome !== 'ok' && (p.stopped || message.progress >= 1);
  if (failedHere) {
    return (
      <g opacity={p.opacity} data-message={message.kind} data-outcome={message.outcome}>
        <Cross at={p} size={5} className="stroke-bad" />
      </g>
    );
  }
  const tone = message.kind === 'push' ? 'fill-push' : 'fill-pull';
  return (
    <g opacity={p.opacity} data-message={message.kind} data-outcome={message.outcome}>
      {message.kind === 'gateway-push' ? (
        <rect x={p.x - MESSAGE_R} y={p.y - MESSAGE_R} width={2 * MESSAGE_R} height={2 * MESSAGE_R} className={tone} />
      ) : (
        <circle cx={p.x} cy={p.y} r={MESSAGE_R} className={tone} />
      )}
    </g>
  );
}
