/**
 * A tiny stable hash, so every artifact is byte-identical for the same scenario, in Node and in the browser:
 * FNV-1a (32 bit) over the parts joined by a separator no identifier contains.
 */
import { fnv1a32 } from '../sim/rng';

export const fnv1a = (...parts: (string | number)[]): number => fnv1a32(parts.join('\u0000'));

/** The hash of the parts mapped to [0, 1). */
export const unitHash = (...parts: (string | number)[]): number => fnv1a(...parts) / 2 ** 32;
