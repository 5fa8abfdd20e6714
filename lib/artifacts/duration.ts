/**
 * Prometheus durations (prometheus/common `model.ParseDuration`): `<int><unit>` terms from largest to smallest
 * unit, units y (365 d), w, d, h, m, s, ms, each at most once and each an integer, so 0.5 s is `500ms` and
 * 90 s is `1m30s`. Zero is `0s`. The same spelling `model.Duration.String()` prints.
 */
const UNITS: readonly (readonly [unit: string, ms: number])[] = [
  ['y', 365 * 24 * 3600 * 1000],
  ['w', 7 * 24 * 3600 * 1000],
  ['d', 24 * 3600 * 1000],
  ['h', 3600 * 1000],
  ['m', 60 * 1000],
  ['s', 1000],
  ['ms', 1],
];

/** Seconds as a Prometheus duration, rounded to the nearest millisecond (its finest unit). */
export function promDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError(`not a duration: ${seconds} s`);
  let ms = Math.round(seconds * 1000);
  if (ms === 0) return '0s';
  let out = '';
  for (const [unit, size] of UNITS) {
    const n = Math.floor(ms / size);
    if (n > 0) out += `${n}${unit}`;
    ms -= n * size;
  }
  return out;
}
