import { describe, expect, it } from 'vitest';
import type { TracedInstance } from '../sim/report';
import {
  advance,
  defaultSpeed,
  formatSpeed,
  initialPlayback,
  play,
  seek,
  setSpeed,
  sliderFromSpeed,
  SPEED_SLIDER_MAX,
  speedFromSlider,
  step,
  stepSecFor,
  togglePlay,
  visibleCount,
  visibleEvents,
  windowStart,
  type PlaybackState,
} from './playback';

const DURATION = 1200;
const at = (tSec: number, playing = true, speed = 8): PlaybackState => ({ tSec, playing, speed });

describe('advance', () => {
  it('converts wall milliseconds to simulated seconds through the speed', () => {
    expect(advance(at(10), 125, DURATION).tSec).toBe(11); // 0.125 s × 8
    expect(advance(at(10, true, 0.25), 250, DURATION).tSec).toBe(10.0625); // 0.25 s × 0.25
  });

  it('stops at the end of the run and pauses', () => {
    expect(advance(at(1199, true, 16), 125, DURATION)).toEqual(at(DURATION, false, 16)); // 1199 + 2 > 1200
  });

  it('leaves a paused clock untouched', () => {
    const paused = at(10, false);
    expect(advance(paused, 125, DURATION)).toBe(paused);
  });

  it('turns a stall into one short frame and ignores time running backwards', () => {
    expect(advance(at(10, true, 1), 5000, DURATION).tSec).toBe(10.25); // capped at 250 ms
    expect(advance(at(10), -16, DURATION).tSec).toBe(10);
    expect(advance(at(10), Number.NaN, DURATION).tSec).toBe(10);
  });
});

describe('play, pause and seek', () => {
  it('starts paused on the final state', () => {
    expect(initialPlayback(DURATION)).toEqual({ tSec: DURATION, playing: false, speed: 16 });
  });

  it('plays from the start when the cursor is at the end, from the cursor otherwise', () => {
    expect(play(at(DURATION, false), DURATION).tSec).toBe(0);
    expect(play(at(300, false), DURATION)).toEqual(at(300, true));
    expect(togglePlay(at(300, true), DURATION).playing).toBe(false);
  });

  it('clamps a seek to the run and pauses at the end', () => {
    expect(seek(at(10), -5, DURATION)).toEqual(at(0));
    expect(seek(at(10), 5000, DURATION)).toEqual(at(DURATION, false));
    expect(seek(at(10), 600, DURATION)).toEqual(at(600));
    expect(seek(at(10), Number.NaN, DURATION).tSec).toBe(0);
  });

  it('keeps the speed inside the slider range', () => {
    expect(setSpeed(at(0), 1000).speed).toBe(64);
    expect(setSpeed(at(0), 0.01).speed).toBe(0.25);
  });
});

describe('step', () => {
  it('lands on the next or previous multiple of the step, and pauses', () => {
    expect(step(at(12.3), 1, 5, DURATION)).toEqual(at(15, false));
    expect(step(at(12.3), -1, 5, DURATION).tSec).toBe(10);
  });

  it('moves a whole step from a cursor already on a multiple, even with float error', () => {
    expect(step(at(15), 1, 5, DURATION).tSec).toBe(20);
    expect(step(at(15), -1, 5, DURATION).tSec).toBe(10);
    expect(step(at(0.1 + 0.2), 1, 0.1, DURATION).tSec).toBeCloseTo(0.4, 9); // 0.30000000000000004
  });

  it('stays inside the run', () => {
    expect(step(at(0), -1, 5, DURATION).tSec).toBe(0);
    expect(step(at(1198), 1, 10, DURATION).tSec).toBe(DURATION);
  });
});

describe('speed slider (log scale)', () => {
  it('maps the ends and the powers of two', () => {
    expect(SPEED_SLIDER_MAX).toBe(32); // 8 doublings from 0.25× to 64×, 4 positions each
    expect(speedFromSlider(0)).toBe(0.25);
    expect(speedFromSlider(8)).toBe(1);
    expect(speedFromSlider(20)).toBe(8);
    expect(speedFromSlider(32)).toBe(64);
    expect(speedFromSlider(99)).toBe(64);
    expect(speedFromSlider(2)).toBeCloseTo(0.25 * Math.SQRT2, 12);
  });

  it('round-trips every slider position', () => {
    for (let v = 0; v <= SPEED_SLIDER_MAX; v++) expect(sliderFromSpeed(speedFromSlider(v))).toBe(v);
    expect(sliderFromSpeed(8)).toBe(20);
    expect(sliderFromSpeed(1000)).toBe(32);
  });

  it('labels with at most two significant figures', () => {
    expect(formatSpeed(8)).toBe('8×');
    expect(formatSpeed(0.25)).toBe('0.25×');
    expect(formatSpeed(speedFromSlider(2))).toBe('0.35×'); // 0.3536
    expect(formatSpeed(speedFromSlider(9))).toBe('1.2×'); // 1.189
    expect(formatSpeed(speedFromSlider(30))).toBe('45×'); // 0.25 × 2^7.5 = 45.25
  });

  it('picks the power of two that plays the run in about a minute', () => {
    expect(defaultSpeed(1200)).toBe(16); // 20 s/s → 2^4.3
    expect(defaultSpeed(1800)).toBe(32); // 30 s/s → 2^4.9
    expect(defaultSpeed(60)).toBe(1);
    expect(defaultSpeed(10)).toBe(0.25); // 1/6 s/s, clamped
    expect(defaultSpeed(7 * 24 * 3600)).toBe(64);
  });
});

describe('zoom helpers', () => {
  it('steps by about 1/120 of the span in view', () => {
    expect(stepSecFor(120)).toBe(1);
    expect(stepSecFor(1200)).toBe(10);
    expect(stepSecFor(1800)).toBe(15);
    expect(stepSecFor(3600)).toBe(30);
    expect(stepSecFor(30)).toBe(0.5);
  });

  it('pages the window with the cursor, the last page ending with the run', () => {
    expect(windowStart(0, 120, DURATION)).toBe(0);
    expect(windowStart(119.9, 120, DURATION)).toBe(0);
    expect(windowStart(120, 120, DURATION)).toBe(120);
    expect(windowStart(1150, 120, DURATION)).toBe(1080);
    expect(windowStart(DURATION, 120, DURATION)).toBe(1080);
    expect(windowStart(50, 120, 100)).toBe(0);
  });
});

describe('events up to the cursor', () => {
  const job: TracedInstance = {
    id: 'batch-1',
    group: 'batch',
    kind: 'short-lived',
    startSec: 1,
    endSec: 5,
    crashed: false,
    truncated: false,
    events: [
      { t: 1, kind: 'push-ok', engine: 'push' },
      { t: 2, kind: 'discovered', engine: 'pull' },
      { t: 2, kind: 'push-ok', engine: 'push' },
      { t: 5, kind: 'scrape-failed', engine: 'pull' },
    ],
  };

  it('counts events at or before the cursor', () => {
    expect(visibleCount(job.events, 0)).toBe(0);
    expect(visibleCount(job.events, 1.5)).toBe(1);
    expect(visibleCount(job.events, 2)).toBe(3);
    expect(visibleCount(job.events, 5)).toBe(4);
    expect(visibleCount([], 5)).toBe(0);
  });

  it('returns them in order', () => {
    expect(visibleEvents(job, 2).map((e) => e.kind)).toEqual(['push-ok', 'discovered', 'push-ok']);
  });
});
