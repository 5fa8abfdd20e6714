/** Helpers for predictions' `answer` functions: which option a measured number falls in. */

/**
 * The index of the band `x` falls in, given the bands' upper bounds in ascending order: below
 * `bounds[0]` is option 0, and so on; at or above the last bound, the last option.
 */
export function band(x: number, bounds: readonly number[]): number {
  const i = bounds.findIndex((b) => x < b);
  return i === -1 ? bounds.length : i;
}

/** Which side a figure is larger on: 0 pull, 1 push, 2 within 10 % of each other (as the study quiz's verdict). */
export function largerSide(pull: number, push: number): 0 | 1 | 2 {
  const hi = Math.max(pull, push);
  if (hi === 0 || Math.abs(pull - push) <= 0.1 * hi) return 2;
  return pull > push ? 0 : 1;
}
