/**
 * Seeded randomness, split by concern so one knob never reshuffles another's draws.
 *
 * Two tools:
 * - `Stream`: a sequential generator (sfc32) for draws that come in a sequence (arrival gaps,
 *   lifetimes, crash gaps). Each (seed, concern, key…) gets its own stream.
 * - `hashUniform`: a stateless, counter-based draw for per-instance or per-message facts (scrape phase,
 *   loss of message n, retry jitter). The same (concern, instance, n) gives the same number whatever
 *   else the run does: common random numbers for free, and no per-instance generator state.
 *
 * Only integer arithmetic (Math.imul, shifts) decides the bits, so every JS engine agrees exactly.
 */

const TWO_POW_32 = 4294967296;

/** murmur3's 32-bit finaliser: a bijection with good avalanche. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Folds one more 32-bit word into a hash (the constant keeps fmix32(0) = 0 from absorbing zeros). */
function fold(h: number, word: number): number {
  return fmix32(((h ^ word) + 0x9e3779b9) | 0);
}

/** 32-bit FNV-1a over UTF-16 code units (the one FNV-1a of the code base; artifacts hash with it too). */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Names (streams, groups) to well-mixed 32-bit words: FNV-1a, then murmur3's finaliser. */
export function hashString(s: string): number {
  return fmix32(fnv1a32(s));
}

/** Hash of any number of 32-bit words (non-integers and negatives are truncated to uint32). */
export function hashWords(...words: number[]): number {
  let h = 0x6a09e667;
  for (const w of words) h = fold(h, w >>> 0);
  return h;
}

/** A uniform draw in [0, 1) fixed by (salt, a, b): the same arguments always give the same number. */
export function hashUniform(salt: number, a: number, b: number): number {
  return fold(fold(salt, a >>> 0), b >>> 0) / TWO_POW_32;
}

/** Standard normal from two uniforms (Box-Muller); u1 in [0, 1). */
export function normalFrom(u1: number, u2: number): number {
  return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
}

/** Exponential with mean 1 from a uniform in [0, 1). */
export function exponentialFrom(u: number): number {
  return -Math.log(1 - u);
}

/** sfc32 (Chris Doty-Humphrey's Small Fast Counting generator), seeded from a hash of its key. */
export class Stream {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(...key: number[]) {
    const h = hashWords(...key);
    this.a = h;
    this.b = fold(h, 1);
    this.c = fold(h, 2);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / TWO_POW_32;
  }
}

/**
 * The concerns that draw randomness, one salt each. Adding a concern never changes existing ones.
 * Salts are mixed with the scenario seed by `saltsFor`.
 */
export const CONCERNS = [
  'arrivals',
  'lifetimes',
  'crashes',
  'clock-skew',
  'scrape-phase',
  'push-phase',
  'pull-loss',
  'push-loss',
  'retry-jitter',
] as const;
export type Concern = (typeof CONCERNS)[number];

export type Salts = Record<Concern, number>;

/** Per-run salts: one independent 32-bit word per concern, derived from the seed. */
export function saltsFor(seed: number): Salts {
  const salts = {} as Salts;
  for (const c of CONCERNS) salts[c] = hashWords(seed, hashString(c));
  return salts;
}
