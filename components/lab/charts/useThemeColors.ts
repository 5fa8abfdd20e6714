'use client';

import { useTheme } from 'next-themes';
import { useMemo } from 'react';

export interface ThemeColors {
  pull: string;
  push: string;
  fg: string;
  muted: string;
  border: string;
  surface: string;
}

/**
 * The design tokens as literal colours. Charts need literals, not var(--x): SVG presentation
 * attributes do not resolve CSS variables, and an exported PNG must carry its colours with it.
 */
export function useThemeColors(): ThemeColors {
  const { resolvedTheme } = useTheme();
  return useMemo(() => {
    const read = (name: string, fallback: string) =>
      typeof window === 'undefined'
        ? fallback
        : getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
    void resolvedTheme; // re-read when the theme flips
    return {
      pull: read('--pull', '#0072b2'),
      push: read('--push', '#d55e00'),
      fg: read('--fg', '#15171c'),
      muted: read('--muted', '#565e6b'),
      border: read('--border', '#dedcd4'),
      surface: read('--surface', '#ffffff'),
    };
  }, [resolvedTheme]);
}
