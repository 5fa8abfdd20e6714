import type { CSSProperties } from 'react';

const SERVICES = [40, 110, 180];

/**
 * Who starts the transfer, drawn: on the pull side the server's requests go out and data comes
 * back; on the push side data leaves each service on its own schedule. Dots travel along the
 * paths (static under reduced motion).
 */
export function FlowDiagram({ side }: { side: 'pull' | 'push' }) {
  const pull = side === 'pull';
  const stroke = pull ? 'stroke-pull' : 'stroke-push';
  const fill = pull ? 'fill-pull' : 'fill-push';
  const hub = pull ? { x: 8, label: 'Prometheus' } : { x: 212, label: 'Collector' };
  const svcX = pull ? 222 : 18;
  return (
    <svg
      viewBox="0 0 340 220"
      className="mx-auto h-auto w-full max-w-md"
      role="img"
      aria-labelledby={`${side}-diagram-title`}
    >
      <title id={`${side}-diagram-title`}>
        {pull
          ? 'Pull: Prometheus sends a request to each service and reads its metrics from the reply.'
          : 'Push: each service sends its metrics to the collector on its own schedule.'}
      </title>
      <rect x={hub.x} y="75" width="120" height="70" rx="12" className={`fill-surface ${stroke}`} strokeWidth="2" />
      <text x={hub.x + 60} y="115" textAnchor="middle" className="fill-fg text-[14px] font-semibold">
        {hub.label}
      </text>
      {SERVICES.map((y, i) => {
        const from = pull ? `M128 110 L222 ${y}` : `M118 ${y} L212 110`;
        // The dot runs from the service to the hub: back along the request (pull), or with it (push).
        const dot = pull ? { x: 222, dx: -94 } : { x: 118, dx: 94 };
        const style = {
          '--travel-x': `${dot.dx}px`,
          '--travel-y': `${110 - y}px`,
          animationDelay: `${i * -0.8}s`,
        } as CSSProperties;
        return (
          <g key={y}>
            <rect
              x={svcX}
              y={y - 20}
              width="100"
              height="40"
              rx="10"
              className="fill-surface-2 stroke-border"
              strokeWidth="1.5"
            />
            <text x={svcX + 50} y={y + 5} textAnchor="middle" className="fill-fg text-[13px]">
              {pull ? `target ${i + 1}` : `service ${i + 1}`}
            </text>
            <path d={from} className={stroke} strokeWidth="2" strokeDasharray={pull ? '5 5' : undefined} fill="none" />
            <circle cx={dot.x} cy={y} r="5" className={`${fill} animate-travel`} style={style} />
          </g>
        );
      })}
      <text x="170" y="212" textAnchor="middle" className="fill-muted text-[13px]">
        {pull ? 'GET /metrics every scrape interval' : 'POST or UDP datagram every push interval'}
      </text>
    </svg>
  );
}
