'use client';

import { FleetTimeline } from '@/components/lab/timeline/FleetTimeline';
import type { Zoom } from '@/components/lab/timeline/ZoomToggle';
import type { Report } from '@/lib/sim/report';
import { NetworkView } from './NetworkView';

/** The fleet timeline with the network view above its rows: one clock, one set of controls for both. */
export function FleetTimelineWithNetwork({
  report,
  className,
  initialZoom,
}: {
  report: Report;
  className?: string;
  initialZoom?: Zoom;
}) {
  return (
    <FleetTimeline
      report={report}
      className={className}
      initialZoom={initialZoom}
      scene={(playback) => <NetworkView report={report} playback={playback} />}
    />
  );
}
