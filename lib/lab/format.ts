/** Number formatting for figures, charts and help: one place, so every view says "1.5 k/s" alike. */

export function formatPercent(ratio: number, digits = 1): string {
  if (!Number.isFinite(ratio)) return '–';
  const pct = ratio * 100;
  if (pct !== 0 && Math.abs(pct) < 0.1) return pct > 0 ? '<0.1%' : '>−0.1%';
  return `${trim(pct, digits)}%`;
}

/**
 * Seconds as a person would say them, with every unit written out: 0.25 s, 7.5 s, 45 s, 2 min 15 s,
 * 1 h 2 min 5 s. Precision follows size (two decimals below 1 s, one below 10 s, whole seconds above),
 * and the value is rounded before it is split, so 179.6 s reads "3 min", never "2 min 60 s".
 */
export function formatSeconds(sec: number): string {
  if (!Number.isFinite(sec)) return '–';
  const a = Math.abs(sec);
  const rounded = Number(a.toFixed(a < 1 ? 2 : a < 10 ? 1 : 0));
  const sign = sec < 0 && rounded > 0 ? '−' : '';
  if (rounded < 60) return `${sign}${rounded} s`;
  const h = Math.floor(rounded / 3600);
  const m = Math.floor((rounded % 3600) / 60);
  const s = rounded % 60;
  return sign + [h && `${h} h`, m && `${m} min`, s && `${s} s`].filter(Boolean).join(' ');
}

/** Compact counts: 950, 1.2 k, 3.4 M. */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return '–';
  const a = Math.abs(n);
  if (a < 1000) return trim(n, a < 10 && !Number.isInteger(n) ? 2 : a < 100 && !Number.isInteger(n) ? 1 : 0);
  if (a < 1e6) return `${trim(n / 1e3, a < 1e4 ? 1 : 0)} k`;
  if (a < 1e9) return `${trim(n / 1e6, a < 1e7 ? 1 : 0)} M`;
  return `${trim(n / 1e9, 1)} G`;
}

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '–';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let i = 0;
  while (Math.abs(v) >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${trim(v, i === 0 || Math.abs(v) >= 100 ? 0 : 1)} ${units[i]}`;
}

function trim(n: number, digits: number): string {
  return String(Number(n.toFixed(digits)));
}

/** A knob's value with its unit, as the slider announces and shows it. */
export function formatWithUnit(value: number, unit: string): string {
  switch (unit) {
    case 's':
      return formatSeconds(value);
    case '%':
      return formatPercent(value);
    case '':
      return String(value);
    case 'series':
    case 'instances':
    case 'intervals':
      return `${formatCount(value)} ${value === 1 ? unit.replace(/s$/, '') : unit}`;
    default:
      return `${formatCount(value)}${unit}`;
  }
}
