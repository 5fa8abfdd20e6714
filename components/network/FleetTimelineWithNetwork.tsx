'use client';

import type { ComponentProps } from 'react';
import { FleetTimeline } from '@/components/lab/timeline/FleetTimeline';
import { NetworkView } from './NetworkView';

/** The fleet timeline with the network view above its rows: one clock, one set of controls for both. */
export function FleetTimelineWithNetwork(props: Omit<ComponentProps<typeof FleetTimeline>, 'scene'>) {
  return <FleetTimeline {...props} scene={(playback) => <NetworkView report={props.report} playback={playback} />} />;
}
