/**
 * Delimited text as RFC 4180 defines it, which Anki's text import reads too: a field holding the
 * separator, a double quote or a line break is put in double quotes, with its quotes doubled.
 */
export function delimitedField(value: string, separator: string): string {
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function delimitedRow(fields: readonly string[], separator: string): string {
  return fields.map((f) => delimitedField(f, separator)).join(separator);
}
