/**
 * Just enough YAML to write Prometheus configuration by hand: scalars that need no quotes stay plain, anything
 * else is single-quoted (YAML 1.2 §7.3.2: the only escape is '' for a quote, so backslashes in regexes stay as
 * they are).
 */

/** Plain scalars we allow: no indicator first, no `: ` or ` #`, nothing YAML would read as another type. */
const SAFE_PLAIN = /^[A-Za-z_/][A-Za-z0-9_/.:-]*$/;
const RESERVED = /^(true|false|yes|no|on|off|y|n|null|~)$/i;

export function yamlString(s: string): string {
  return SAFE_PLAIN.test(s) && !RESERVED.test(s) && !s.endsWith(':') ? s : `'${s.replace(/'/g, "''")}'`;
}

/** A flow sequence of strings: `[a, 'b c']`. */
export const yamlFlowList = (items: readonly string[]): string => `[${items.map(yamlString).join(', ')}]`;
