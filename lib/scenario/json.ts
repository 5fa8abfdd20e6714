/**
 * Plain JSON values and the two operations scenario links are built from: a JSON Merge Patch
 * (RFC 7396, https://www.rfc-editor.org/rfc/rfc7396) and the patch that turns one value into another.
 * No scenario field may be null, so null is free to mean "remove this field", as the RFC has it.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The merge patch that turns `base` into `value`: changed fields, null for a field `value` lacks;
 * objects are compared key by key, arrays whole. Undefined when nothing differs.
 */
export function diff(value: Json, base: Json): Json | undefined {
  if (isObject(value) && isObject(base)) {
    const out: [string, Json][] = [];
    for (const [k, v] of Object.entries(value)) {
      const d = Object.hasOwn(base, k) ? diff(v, base[k]) : v;
      if (d !== undefined) out.push([k, d]);
    }
    for (const k of Object.keys(base)) if (!Object.hasOwn(value, k)) out.push([k, null]);
    return out.length ? Object.fromEntries(out) : undefined;
  }
  return JSON.stringify(value) === JSON.stringify(base) ? undefined : value;
}

/** `patch` laid over `base`: objects merge key by key, null removes a field, anything else replaces. */
export function merge(base: Json, patch: Json): Json {
  if (!isObject(patch)) return patch;
  const from = isObject(base) ? base : {};
  const out: [string, Json][] = [];
  for (const [k, v] of Object.entries(from)) {
    if (!Object.hasOwn(patch, k)) out.push([k, v]);
    else if (patch[k] !== null) out.push([k, merge(v, patch[k])]);
  }
  for (const [k, v] of Object.entries(patch)) if (!Object.hasOwn(from, k) && v !== null) out.push([k, merge(null, v)]);
  // fromEntries defines own properties: a "__proto__" key stays a field (and is reported), never a prototype.
  return Object.fromEntries(out);
}

/**
 * How deeply arrays and objects nest in a JSON text (0 for a bare value), found by scanning, not
 * parsing: a link's text is measured before anything recursive walks it. Stops counting past `stopAt`.
 */
export function nestingDepth(text: string, stopAt = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      deepest = Math.max(deepest, ++depth);
      if (deepest > stopAt) return deepest;
    } else if (c === ']' || c === '}') depth--;
  }
  return deepest;
}
