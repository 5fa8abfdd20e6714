import type { TraceEvent } from '@/lib/sim/report';

/**
 * One shape per event kind, so the timeline reads without colour (colour-blind readers, print):
 * pull marks are round or brackets, push marks are square or a cross, verdicts are ▼.
 */
const R = 4.5;

/** solid: filled; hollow: outlined over the background; line: strokes only. */
type Style = 'solid' | 'hollow' | 'line';

function shape(kind: TraceEvent['kind'], x: number, y: number): { d: string; style: Style } | null {
  switch (kind) {
    case 'scrape-ok':
      return { d: circle(x, y, R), style: 'solid' };
    case 'scrape-failed': // ⊘: the scrape went out and nothing answered
      return { d: `${circle(x, y, R - 0.5)} M${x - 3} ${y + 3} L${x + 3} ${y - 3}`, style: 'hollow' };
    case 'discovered': // [ opens the span in which the instance is a target
      return { d: `M${x + 3} ${y - 5.5} H${x} V${y + 5.5} H${x + 3}`, style: 'line' };
    case 'undiscovered': // ] closes it
      return { d: `M${x - 3} ${y - 5.5} H${x} V${y + 5.5} H${x - 3}`, style: 'line' };
    case 'gateway-push': // ◆
      return { d: `M${x} ${y - 5.5} L${x + 5.5} ${y} L${x} ${y + 5.5} L${x - 5.5} ${y} Z`, style: 'solid' };
    case 'push-ok':
      return { d: square(x, y, R - 0.5), style: 'solid' };
    case 'push-refused':
      return { d: square(x, y, R - 0.75), style: 'hollow' };
    case 'push-lost': // ×
      return {
        d: `M${x - 3.5} ${y - 3.5} L${x + 3.5} ${y + 3.5} M${x - 3.5} ${y + 3.5} L${x + 3.5} ${y - 3.5}`,
        style: 'line',
      };
    case 'dead-detected': // ▼ the backend concluded the instance is down
      return { d: `M${x - 5} ${y - 4.5} H${x + 5} L${x} ${y + 4.5} Z`, style: 'solid' };
    default: // crash spans the whole row: see CrashMark
      return null;
  }
}

const circle = (x: number, y: number, r: number) =>
  `M${x - r} ${y} A${r} ${r} 0 1 0 ${x + r} ${y} A${r} ${r} 0 1 0 ${x - r} ${y} Z`;
const square = (x: number, y: number, h: number) => `M${x - h} ${y - h} H${x + h} V${y + h} H${x - h} Z`;

/**
 * All marks of a row as one path per (engine, style): a long-running row holds hundreds of events,
 * and a few long paths render and re-render far faster than hundreds of small elements.
 */
export function EventMarks({
  events,
  x,
  yFor,
}: {
  events: readonly TraceEvent[];
  x: (tSec: number) => number;
  yFor: (engine: 'pull' | 'push') => number;
}) {
  const d: Record<string, string[]> = {};
  for (const e of events) {
    if (e.engine === 'fleet') continue;
    const s = shape(e.kind, x(e.t), yFor(e.engine));
    if (s) (d[`${e.engine} ${s.style}`] ??= []).push(s.d);
  }
  return (
    <>
      {(['pull', 'push'] as const).flatMap((engine) =>
        (['solid', 'hollow', 'line'] as const).map((style) => {
          const parts = d[`${engine} ${style}`];
          return parts ? (
            <path
              key={`${engine}-${style}`}
              d={parts.join(' ')}
              className={CLASSES[engine][style]}
              strokeWidth={style === 'solid' ? 1 : 1.75}
              strokeLinecap="round"
            />
          ) : null;
        }),
      )}
    </>
  );
}

/** One mark on its own, for the legend. */
export function EventMark({
  kind,
  engine,
  x,
  y,
}: {
  kind: TraceEvent['kind'];
  engine: 'pull' | 'push';
  x: number;
  y: number;
}) {
  return <EventMarks events={[{ t: 0, kind, engine }]} x={() => x} yFor={() => y} />;
}

// Whole class names, so Tailwind's scanner finds them.
const CLASSES = {
  pull: { solid: 'fill-pull stroke-surface', hollow: 'fill-surface stroke-pull', line: 'fill-none stroke-pull' },
  push: { solid: 'fill-push stroke-surface', hollow: 'fill-surface stroke-push', line: 'fill-none stroke-push' },
} as const;

/** A crash: a bold line across both lanes of the row. */
export function CrashMark({ x, y1, y2 }: { x: number; y1: number; y2: number }) {
  return <line x1={x} x2={x} y1={y1} y2={y2} className="stroke-bad" strokeWidth={3} strokeLinecap="round" />;
}
