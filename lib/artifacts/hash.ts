/**
 * A tiny stable hash, so every artifact is byte-identical for the same scenario, in Node and in the browser.
 * FNV-1a (32 bit) over the UTF-16 code units of the parts joined by a separator no identifier contains.
 */
export function fnv1a(...parts: (string | number)[]): number {
  const text = parts.join('\u0000');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The hash of the parts mapped to [0, 1). */
export const unitHash = (...parts: (string | number)[]): number => fnv1a(...parts) / 2 ** 32;
