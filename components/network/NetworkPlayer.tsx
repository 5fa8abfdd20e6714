'use client';

import { useRef, type KeyboardEvent } from 'react';
import { PlaybackControls } from '@/components/lab/timeline/PlaybackControls';
import { usePlayback } from '@/components/lab/timeline/usePlayback';
import { stepSecFor } from '@/lib/lab/playback';
import type { Report } from '@/lib/sim/report';
import { NetworkView } from './NetworkView';

/**
 * The network view with its own playback controls, for a lesson simulation that shows no fleet
 * timeline (the lab's view shares the timeline's clock instead, so the two never disagree).
 */
export function NetworkPlayer({ report }: { report: Report }) {
  const { durationSec } = report.scenario;
  const rootRef = useRef<HTMLDivElement>(null);
  const playback = usePlayback(durationSec, rootRef);
  const stepSec = stepSecFor(durationSec);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    if (e.key === ' ' && target.tagName !== 'BUTTON' && !(target instanceof HTMLInputElement)) {
      e.preventDefault();
      playback.toggle();
    }
  }

  return (
    <div
      ref={rootRef}
      role="group"
      aria-label="Network view playback"
      onKeyDown={onKeyDown}
      className="grid gap-3 rounded-card border border-border bg-surface p-4 sm:p-5"
    >
      <NetworkView report={report} playback={playback} />
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
    </div>
  );
}
