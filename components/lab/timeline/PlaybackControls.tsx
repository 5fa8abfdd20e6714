'use client';

import { useId } from 'react';
import { formatSeconds } from '@/lib/lab/format';
import { formatSpeed, sliderFromSpeed, SPEED_SLIDER_MAX, speedFromSlider } from '@/lib/lab/playback';

interface Props {
  tSec: number;
  durationSec: number;
  playing: boolean;
  reducedMotion: boolean;
  speed: number;
  stepSec: number;
  onToggle: () => void;
  onStep: (direction: 1 | -1) => void;
  onSeek: (tSec: number) => void;
  onSpeed: (speed: number) => void;
}

const BUTTON =
  'inline-flex size-11 shrink-0 items-center justify-center rounded-lg border disabled:cursor-not-allowed disabled:opacity-50';
const NEUTRAL = `${BUTTON} border-border bg-surface text-fg hover:bg-surface-2`;
const PRIMARY = `${BUTTON} border-fg bg-fg text-bg hover:opacity-90`;

/** Play/pause, step, a scrubber over the whole run and a log-scale speed slider: all native controls. */
export function PlaybackControls(p: Props) {
  const id = useId();
  const time = `${formatSeconds(p.tSec)} of ${formatSeconds(p.durationSec)}`;
  return (
    <div className="grid gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
      <div className="flex items-center gap-2">
        <button
          type="button"
          className={PRIMARY}
          aria-label={p.playing ? 'Pause' : 'Play'}
          title={p.reducedMotion ? 'Animation is off: your system asks for reduced motion' : undefined}
          disabled={p.reducedMotion}
          onClick={p.onToggle}
        >
          <svg viewBox="0 0 16 16" className="size-4 fill-current" aria-hidden="true">
            {p.playing ? <path d="M3 2h3.5v12H3zM9.5 2H13v12H9.5z" /> : <path d="M4 2l10 6-10 6z" />}
          </svg>
        </button>
        <button
          type="button"
          className={NEUTRAL}
          aria-label="Step back"
          title={`Back ${formatSeconds(p.stepSec)} (←)`}
          onClick={() => p.onStep(-1)}
        >
          <svg viewBox="0 0 16 16" className="size-4 fill-current" aria-hidden="true">
            <path d="M2 2h2v12H2zM14 2v12L5 8z" />
          </svg>
        </button>
        <button
          type="button"
          className={NEUTRAL}
          aria-label="Step forward"
          title={`Forward ${formatSeconds(p.stepSec)} (→)`}
          onClick={() => p.onStep(1)}
        >
          <svg viewBox="0 0 16 16" className="size-4 fill-current" aria-hidden="true">
            <path d="M12 2h2v12h-2zM2 2v12l9-6z" />
          </svg>
        </button>
        {/* Not a live region: it changes every frame while playing; the slider announces its own value. */}
        <output htmlFor={`${id}-time`} aria-live="off" className="ml-1 text-sm text-muted tabular-nums">
          {time}
        </output>
      </div>
      <div className="flex min-w-0 items-center gap-3">
        <label htmlFor={`${id}-time`} className="text-sm font-medium">
          Time
        </label>
        <input
          id={`${id}-time`}
          type="range"
          className="h-11 min-w-0 flex-1 accent-fg"
          min={0}
          max={p.durationSec}
          step={p.stepSec}
          value={p.tSec}
          aria-valuetext={time}
          onChange={(e) => p.onSeek(e.currentTarget.valueAsNumber)}
        />
      </div>
      <div className="flex items-center gap-3 sm:col-span-2">
        <label htmlFor={`${id}-speed`} className="text-sm font-medium whitespace-nowrap">
          Playback speed
        </label>
        <input
          id={`${id}-speed`}
          type="range"
          className="h-11 w-full max-w-56 min-w-0 accent-fg"
          min={0}
          max={SPEED_SLIDER_MAX}
          step={1}
          value={sliderFromSpeed(p.speed)}
          aria-valuetext={`${formatSpeed(p.speed)}, ${formatSpeed(p.speed).slice(0, -1)} simulated seconds per second`}
          disabled={p.reducedMotion}
          onChange={(e) => p.onSpeed(speedFromSlider(e.currentTarget.valueAsNumber))}
        />
        <output htmlFor={`${id}-speed`} aria-live="off" className="w-12 text-sm text-muted tabular-nums">
          {formatSpeed(p.speed)}
        </output>
      </div>
    </div>
  );
}
