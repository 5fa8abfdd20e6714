'use client';

import { useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { ReactNode } from 'react';
import { useWidth } from '@/components/ui/useWidth';
import { formatSeconds } from '@/lib/lab/format';
import { stepSecFor, windowStart } from '@/lib/lab/playback';
import type { Report } from '@/lib/sim/report';
import { maxRowsPerWindow, overlaps, plotWidthFor, rowLayoutFor, zoomWindowSec } from './layout';
import { PlaybackControls } from './PlaybackControls';
import { TimelineChart } from './TimelineChart';
import { TimelineLegend } from './TimelineLegend';
import { TimelineTable } from './TimelineTable';
import { usePlayback } from './usePlayback';
import { ZoomToggle, type Zoom } from './ZoomToggle';

/** Width before the first measurement (and in the static HTML): the viewBox scales it until then. */
const DEFAULT_WIDTH = 960;
/** Narrower than this, the drawing is scaled down rather than laid out any tighter. */
const MIN_WIDTH = 280;

/**
 * The fleet timeline: a sample of instances as rows over the run, with what the scraper and the
 * pushes did to each, played back so a learner watches a short job slip between two scrapes.
 */
export function FleetTimeline({
  report,
  className = '',
  initialZoom = 'run',
  keyCollapsed = false,
  scene,
}: {
  report: Report;
  className?: string;
  /** Where the view opens: the whole run, or the window of a few scrape intervals. */
  initialZoom?: Zoom;
  /** The key to the marks folded behind a summary (lessons, where the page is long), or open (the lab). */
  keyCollapsed?: boolean;
  /** A picture drawn above the rows that follows this timeline's playback (the network view). */
  scene?: (playback: ReturnType<typeof usePlayback>) => ReactNode;
}) {
  const { durationSec } = report.scenario;
  const rootRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<HTMLDivElement>(null);
  const width = Math.max(MIN_WIDTH, useWidth(chartRef, DEFAULT_WIDTH));
  const { plotLeft } = rowLayoutFor(width);
  const playback = usePlayback(durationSec, rootRef);
  const [zoom, setZoom] = useState<Zoom>(initialZoom);

  const windowSec = zoomWindowSec(report.scenario.pull.scrapeIntervalSec, durationSec, plotWidthFor(width));
  const zoomed = zoom === 'window' && windowSec !== null;
  const fromSec = zoomed ? windowStart(playback.tSec, windowSec, durationSec) : 0;
  const toSec = zoomed ? fromSec + windowSec : durationSec;
  const stepSec = stepSecFor(toSec - fromSec);

  const windowSlots = useMemo(
    () => (windowSec === null ? 0 : maxRowsPerWindow(report.trace, windowSec, durationSec)),
    [report.trace, windowSec, durationSec],
  );
  const instances = useMemo(
    () => (zoomed ? report.trace.filter((i) => overlaps(i, fromSec, toSec)) : report.trace),
    [report.trace, zoomed, fromSec, toSec],
  );

  /** Pointing at the plot (or dragging across it) moves the cursor there, like the scrubber. */
  function onPointer(e: PointerEvent<HTMLDivElement>) {
    if (e.type === 'pointermove' && !e.currentTarget.hasPointerCapture(e.pointerId)) return;
    const box = e.currentTarget.getBoundingClientRect();
    const x = ((e.clientX - box.left) / box.width) * width; // CSS px to viewBox units
    if (e.type === 'pointerdown') {
      if (x < plotLeft) return;
      e.currentTarget.setPointerCapture(e.pointerId);
    }
    const share = Math.min(1, Math.max(0, (x - plotLeft) / plotWidthFor(width)));
    playback.seek(fromSec + share * (toSec - fromSec));
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    const native = target.tagName === 'BUTTON' || target.tagName === 'SUMMARY';
    const slider = target instanceof HTMLInputElement && target.type === 'range';
    if (e.key === ' ' && !native) {
      e.preventDefault();
      playback.toggle();
    } else if ((e.key === 'ArrowLeft' || e.key === 'ArrowRight') && !slider) {
      e.preventDefault();
      playback.step(e.key === 'ArrowRight' ? 1 : -1, stepSec);
    }
  }

  return (
    <div ref={rootRef} className={`rounded-card border border-border bg-surface p-4 sm:p-5 ${className}`}>
      <div role="group" aria-label="Fleet timeline playback" onKeyDown={onKeyDown} className="grid gap-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h3 className="font-semibold">
            Fleet timeline{' '}
            <span className="font-normal text-muted">
              {report.trace.length} sampled instances, {formatSeconds(durationSec)}
            </span>
          </h3>
          {windowSec !== null ? (
            <ZoomToggle zoom={zoom} windowLabel={`${formatSeconds(windowSec)} window`} onChange={setZoom} />
          ) : null}
        </div>
        <PlaybackControls
          tSec={playback.tSec}
          durationSec={durationSec}
          playing={playback.playing}
          reducedMotion={playback.reducedMotion}
          speed={playback.speed}
          stepSec={stepSec}
          onToggle={playback.toggle}
          onStep={(direction) => playback.step(direction, stepSec)}
          onSeek={playback.seek}
          onSpeed={playback.setSpeed}
        />
        <p className="text-xs text-muted">
          {playback.reducedMotion
            ? 'Reduced motion is on, so the run is shown at its end: use the time slider or ← → to move through it.'
            : `Space plays or pauses, ← → step ${formatSeconds(stepSec)}.`}
        </p>
        {scene?.(playback)}
        {/*
         * The whole run fits the width on every screen (on a phone the labels sit above each row);
         * the zoom window above shows single scrapes. A vertical swipe scrolls the page, a tap seeks.
         */}
        <div
          ref={chartRef}
          tabIndex={0}
          role="group"
          aria-label="Timeline chart"
          className="touch-pan-y rounded-lg"
          onPointerDown={onPointer}
          onPointerMove={onPointer}
          data-timeline-chart
        >
          <TimelineChart
            instances={instances}
            slots={zoomed ? windowSlots : report.trace.length}
            fromSec={fromSec}
            toSec={toSec}
            durationSec={durationSec}
            tSec={playback.tSec}
            width={width}
          />
        </div>
      </div>
      <div className="mt-5 grid gap-4 border-t border-border pt-4">
        {keyCollapsed ? (
          <details className="text-sm" data-timeline-key>
            <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium">
              Key: what each mark means
            </summary>
            <div className="mt-2">
              <TimelineLegend />
            </div>
          </details>
        ) : (
          <TimelineLegend />
        )}
        <TimelineTable report={report} />
      </div>
    </div>
  );
}
