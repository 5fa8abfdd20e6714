'use client';

import { ThemeProvider as NextThemes } from 'next-themes';
import type { ReactNode } from 'react';

/**
 * System theme by default; a chosen theme persists in localStorage and is applied before paint.
 * No `disableTransitionOnChange`: next-themes applies it on mount too, injecting a `*` rule and
 * forcing a whole-document style recalculation on every page load, to spare a few colour fades.
 */
export function ThemeProvider({ children }: { children: ReactNode }) {
  return (
    <NextThemes attribute="class" defaultTheme="system" enableSystem>
      {children}
    </NextThemes>
  );
}
