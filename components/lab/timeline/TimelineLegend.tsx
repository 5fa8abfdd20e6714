import { memo, type ReactNode } from 'react';
import { Pill } from '@/components/ui/Pill';
import type { TraceEventKind } from '@/lib/sim/report';
import { CrashMark, EventMark } from './marks';

const PULL: [TraceEventKind, string][] = [
  ['scrape-ok', 'scrape answered'],
  ['scrape-failed', 'scrape failed (nothing answered)'],
  ['discovered', 'became a scrape target'],
  ['undiscovered', 'no longer a target'],
  ['gateway-push', 'pushed to the Pushgateway'],
  ['dead-detected', 'marked down (up = 0)'],
];

const PUSH: [TraceEventKind, string][] = [
  ['push-ok', 'push delivered'],
  ['push-refused', 'push refused (collector full)'],
  ['push-lost', 'push lost on the network'],
  ['dead-detected', 'silence noticed: marked down'],
];

const LANES = [
  { side: 'pull', name: 'Pull', lane: 'upper lane', marks: PULL },
  { side: 'push', name: 'Push', lane: 'lower lane', marks: PUSH },
] as const;

function Swatch({ children }: { children: ReactNode }) {
  return (
    <svg viewBox="0 0 20 20" className="size-5 shrink-0" aria-hidden="true">
      {children}
    </svg>
  );
}

function Item({ swatch, children }: { swatch: ReactNode; children: ReactNode }) {
  return (
    <li className="flex items-center gap-2">
      <Swatch>{swatch}</Swatch>
      {children}
    </li>
  );
}

/** Every mark the timeline draws, with its meaning: shapes differ, not only colours. Static, so memoised. */
export const TimelineLegend = memo(function TimelineLegend() {
  return (
    <div className="grid gap-4 text-sm sm:grid-cols-3">
      {LANES.map(({ side, name, lane, marks }) => (
        <section key={side} aria-label={`${name} lane marks`}>
          <h3 className="font-semibold">
            <Pill side={side}>{name}</Pill> <span className="font-normal text-muted">{lane}</span>
          </h3>
          <ul className="mt-2 space-y-1">
            {marks.map(([kind, text]) => (
              <Item key={kind} swatch={<EventMark kind={kind} engine={side} x={10} y={10} />}>
                {text}
              </Item>
            ))}
          </ul>
        </section>
      ))}
      <section aria-label="Lifetime marks">
        <h3 className="py-0.5 font-semibold">Lifetime</h3>
        <ul className="mt-2 space-y-1">
          <Item
            swatch={
              <>
                <line x1={3} x2={17} y1={10} y2={10} className="stroke-muted" strokeWidth={2.5} />
                <line x1={3} x2={3} y1={6} y2={14} className="stroke-muted" strokeWidth={2} />
                <line x1={17} x2={17} y1={6} y2={14} className="stroke-muted" strokeWidth={2} />
              </>
            }
          >
            alive, from start to end
          </Item>
          <Item
            swatch={
              <>
                <line x1={2} x2={17} y1={10} y2={10} className="stroke-muted" strokeWidth={2.5} />
                <path d="M12 5.5 L18 10 L12 14.5" className="fill-none stroke-muted" strokeWidth={2} />
              </>
            }
          >
            still running when the run ends
          </Item>
          <Item swatch={<CrashMark x={10} y1={2} y2={18} />}>crashed</Item>
          <Item
            swatch={
              <line
                x1={2}
                x2={18}
                y1={10}
                y2={10}
                className="stroke-muted"
                strokeWidth={1.5}
                strokeDasharray="1 4"
                strokeLinecap="round"
              />
            }
          >
            sample full: later marks not kept
          </Item>
          <Item swatch={<line x1={10} x2={10} y1={1} y2={19} className="stroke-fg" strokeWidth={1.5} />}>
            playback cursor: marks appear as it passes
          </Item>
        </ul>
      </section>
    </div>
  );
});
