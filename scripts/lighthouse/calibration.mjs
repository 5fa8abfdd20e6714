// Lighthouse's simulated CPU slowdown, calibrated to this host so that every run emulates the same
// device. Lighthouse's default 4x slowdown assumes a fast desktop; on a slower (or busier) host the
// same 4x emulates a slower phone. Its docs say to derive the multiplier from the benchmark index
// (https://github.com/GoogleChrome/lighthouse/blob/main/docs/throttling.md#cpu-throttling), using
// the maintainers' calculator
// (https://github.com/patrickhulce/lighthouse-cpu-throttling-calculator, pages/index.js):
//   index >= 1300: multiplier = 3 + (index - 1300) / 233   (1300 -> 3x, 1533 -> 4x, 2000 -> 6x)
//   index >=  800: multiplier = 2 + (index - 800) / 500    (800 -> 2x)
//   otherwise:     multiplier = 1 + (index - 150) / 650    (150 -> 1x: the device itself)

/** The CPU slowdown that makes a host with this benchmark index emulate Lighthouse's mobile device. */
export function cpuSlowdownFor(benchmarkIndex) {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0) throw new Error(`bad benchmark index ${benchmarkIndex}`);
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  // Below 150 the host is slower than the device: no slowdown can emulate it, so none is applied.
  return Math.max(1, 1 + (benchmarkIndex - 150) / 650);
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
