/** Plain JSON values and the two operations scenario links are built from. */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The parts of `value` that differ from `base`; objects are compared key by key, arrays whole. */
export function diff(value: Json, base: Json): Json | undefined {
  if (isObject(value) && isObject(base)) {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) {
      const d = k in base ? diff(v, base[k]) : v;
      if (d !== undefined) out[k] = d;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return JSON.stringify(value) === JSON.stringify(base) ? undefined : value;
}

/** `patch` laid over `base`: objects merge key by key, anything else replaces. */
export function merge(base: Json, patch: Json): Json {
  if (!isObject(base) || !isObject(patch)) return patch;
  const out: JsonObject = { ...base };
  for (const [k, v] of Object.entries(patch)) out[k] = k in base ? merge(base[k], v) : v;
  return out;
}
