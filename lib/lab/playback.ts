/**
 * The fleet timeline's playback clock, as pure functions over a small state value.
 *
 * Two clocks meet here and their units never mix: simulated time (`…Sec`, the report's seconds) and
 * wall-clock time (`…Ms`, what requestAnimationFrame measures). `speed` converts one into the other:
 * simulated seconds per wall-clock second.
 */
import type { TraceEvent, TracedInstance } from '../sim/report';

export interface PlaybackState {
  /** The cursor, in simulated seconds from the start of the run. */
  tSec: number;
  playing: boolean;
  /** Simulated seconds per wall-clock second. */
  speed: number;
}

export const SPEED_MIN = 0.25;
export const SPEED_MAX = 64;
/** Slider positions per doubling of speed: powers of two land on whole positions. */
const SLIDER_STEPS_PER_DOUBLING = 4;
export const SPEED_SLIDER_MAX = Math.log2(SPEED_MAX / SPEED_MIN) * SLIDER_STEPS_PER_DOUBLING;

/** A frame longer than this (a stall, a debugger pause) advances the clock by this much only, never a jump. */
export const MAX_FRAME_MS = 250;

/** Spans a learner can read at a glance: steps, tick spacings and zoom windows are picked from these. */
const NICE_SEC = [0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400];

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** The smallest nice span at least `rawSec` long (the largest one when none is). */
export function niceSec(rawSec: number): number {
  return NICE_SEC.find((n) => n >= rawSec) ?? NICE_SEC[NICE_SEC.length - 1];
}

/** Starts paused on the final state, so the whole run is visible before anyone presses Play. */
export function initialPlayback(durationSec: number, speed = defaultSpeed(durationSec)): PlaybackState {
  return { tSec: durationSec, playing: false, speed };
}

/** Moves the cursor by one animation frame; stops (and pauses) at the end of the run. */
export function advance(state: PlaybackState, wallDeltaMs: number, durationSec: number): PlaybackState {
  if (!state.playing) return state;
  const deltaMs = clamp(Number.isFinite(wallDeltaMs) ? wallDeltaMs : 0, 0, MAX_FRAME_MS);
  const tSec = state.tSec + (deltaMs / 1000) * state.speed;
  if (tSec >= durationSec) return { ...state, tSec: durationSec, playing: false };
  return { ...state, tSec };
}

/** Plays; from the end of the run, like a video, it starts again from the beginning. */
export function play(state: PlaybackState, durationSec: number): PlaybackState {
  return { ...state, playing: true, tSec: state.tSec >= durationSec ? 0 : state.tSec };
}

export function pause(state: PlaybackState): PlaybackState {
  return state.playing ? { ...state, playing: false } : state;
}

export function togglePlay(state: PlaybackState, durationSec: number): PlaybackState {
  return state.playing ? pause(state) : play(state, durationSec);
}

/** Puts the cursor at `tSec` (clamped to the run); reaching the end pauses, as playing there would. */
export function seek(state: PlaybackState, tSec: number, durationSec: number): PlaybackState {
  const t = clamp(Number.isFinite(tSec) ? tSec : 0, 0, durationSec);
  return { ...state, tSec: t, playing: state.playing && t < durationSec };
}

/**
 * Pauses and moves to the next (or previous) multiple of `stepSec`, so stepping lands on round
 * times whatever the cursor was: from 12.3 s with 5 s steps, forward is 15 s and back is 10 s.
 */
export function step(state: PlaybackState, direction: 1 | -1, stepSec: number, durationSec: number): PlaybackState {
  const EPS = 1e-9; // a cursor already on a multiple (up to float error) moves a whole step
  const k = state.tSec / stepSec;
  const tSec = direction > 0 ? (Math.floor(k + EPS) + 1) * stepSec : (Math.ceil(k - EPS) - 1) * stepSec;
  return { ...state, playing: false, tSec: clamp(tSec, 0, durationSec) };
}

export function setSpeed(state: PlaybackState, speed: number): PlaybackState {
  return { ...state, speed: clamp(speed, SPEED_MIN, SPEED_MAX) };
}

/** Log scale: each slider position multiplies the speed by 2^(1/4); 0 → 0.25×, 32 → 64×. */
export function speedFromSlider(v: number): number {
  return SPEED_MIN * 2 ** (clamp(v, 0, SPEED_SLIDER_MAX) / SLIDER_STEPS_PER_DOUBLING);
}

export function sliderFromSpeed(speed: number): number {
  return clamp(Math.round(Math.log2(speed / SPEED_MIN) * SLIDER_STEPS_PER_DOUBLING), 0, SPEED_SLIDER_MAX);
}

/** "16×", "1.4×", "0.25×": two significant figures at most, no trailing zeros. */
export function formatSpeed(speed: number): string {
  const digits = speed >= 10 ? 0 : speed >= 1 ? 1 : 2;
  return `${Number(speed.toFixed(digits))}×`;
}

/** The power of two that plays the whole run in about a minute of wall-clock time. */
export function defaultSpeed(durationSec: number): number {
  return clamp(2 ** Math.round(Math.log2(Math.max(durationSec, 1) / 60)), SPEED_MIN, SPEED_MAX);
}

/** The step for ← → and the step buttons: about 1/120 of the span in view, rounded to a nice span. */
export function stepSecFor(spanSec: number): number {
  return niceSec(spanSec / 120);
}

/**
 * The start of the zoom window that holds the cursor: windows are pages of `windowSec` that turn
 * when the cursor leaves one (cheap: marks are laid out once per page), the last one ending with the run.
 */
export function windowStart(tSec: number, windowSec: number, durationSec: number): number {
  return clamp(Math.floor(tSec / windowSec) * windowSec, 0, Math.max(0, durationSec - windowSec));
}

/** How many of `events` (sorted by time) happened at or before `tSec`: a binary search. */
export function visibleCount(events: readonly TraceEvent[], tSec: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (events[mid].t <= tSec) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The instance's events up to the cursor: what the learner has seen so far. */
export function visibleEvents(instance: TracedInstance, tSec: number): TraceEvent[] {
  return instance.events.slice(0, visibleCount(instance.events, tSec));
}
