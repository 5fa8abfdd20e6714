// Lighthouse's simulated CPU slowdown, calibrated to this host so that every run emulates the same
// device. CPU throttling "is expressed relative to the performance of the host device", and
// Lighthouse's docs say to derive the multiplier from the benchmark index it reports
// (https://github.com/GoogleChrome/lighthouse/blob/main/docs/throttling.md#cpu-throttling) with the
// maintainers' calculator
// (https://github.com/patrickhulce/lighthouse-cpu-throttling-calculator/blob/master/pages/index.js),
// which Lighthouse itself uses for PageSpeed Insights (1.2x, in its core/config/lr-mobile-config.js):
//   index >= 1300: multiplier = 3 + (index - 1300) / 233   (1300 -> 3x, 1533 -> 4x, 2000 -> 6x)
//   index >=  800: multiplier = 2 + (index - 800) / 500    (800 -> 2x)
//   index >=  150: multiplier = 1 + (index - 150) / 650    (150 -> 1x: the device itself)
//   below 150 the calculator refuses: the host is slower than the device it would emulate.
//
// Above 2000 the calculator has no data: its listed points stop at 2000 -> 6x, and the docs'
// fastest device class (high-end desktop) is 1500-2000. Its formula still answers there, but its
// confidence range grows with the excess over 3x (at 3,500: 12.4x, range 7.7x-17.2x), beyond the
// docs' table, whose widest range from a high-end desktop to a mid-tier phone is 2x-10x. So above
// 2000 this keeps the device that the top calibrated point emulates: the benchmark index counts
// iterations per second and a multiplier scales task durations, so a host k times faster needs
// k times the slowdown: multiplier = 6.004 * index / 2000 (3,500 -> 10.5x). A cap at 6x would
// instead emulate a faster phone on every faster host, which calibration is meant to prevent.

/** The top of the calculator's calibrated range (its last listed point, and the docs' top class). */
export const TOP_CALIBRATED_INDEX = 2000;
/** The calculator refuses below this index: the host is slower than the emulated device. */
export const SLOWEST_INDEX = 150;

/** The calculator's formula, valid from SLOWEST_INDEX to TOP_CALIBRATED_INDEX. */
function calculatorMultiplier(benchmarkIndex) {
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  return 1 + (benchmarkIndex - SLOWEST_INDEX) / 650;
}

/**
 * The CPU slowdown that makes a host with this benchmark index emulate Lighthouse's mobile device,
 * and on what basis: 'calculator' inside its range, 'proportional' above it, 'host too slow' below
 * it (no slowdown applied; the scores are then pessimistic, not calibrated).
 */
export function calibrate(benchmarkIndex) {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0) throw new Error(`bad benchmark index ${benchmarkIndex}`);
  if (benchmarkIndex < SLOWEST_INDEX) return { multiplier: 1, basis: 'host too slow' };
  if (benchmarkIndex <= TOP_CALIBRATED_INDEX)
    return { multiplier: calculatorMultiplier(benchmarkIndex), basis: 'calculator' };
  const top = calculatorMultiplier(TOP_CALIBRATED_INDEX);
  return { multiplier: (top * benchmarkIndex) / TOP_CALIBRATED_INDEX, basis: 'proportional' };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
