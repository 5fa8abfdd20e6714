'use client';

import { ThemeProvider as NextThemes } from 'next-themes';
import { useState, type ReactNode } from 'react';

/** Namespaced: the site may share its origin (a `*.github.io` host) with apps that keep a `theme`. */
const THEME_STORAGE_KEY = 'pushpull-lab:theme';
/** Where the first releases kept the choice; copied over once when it holds one of ours. */
const LEGACY_KEY = 'theme';
const CHOICES = ['light', 'dark', 'system'];
/**
 * With an explicit value map next-themes puts only these class names on <html>; a stored value it
 * does not know is then ignored instead of reaching `classList.add` ("dark mode" would throw).
 */
const CLASSES = { light: 'light', dark: 'dark' };

/** Drops a stored value that is not a theme and carries over a choice saved under the old key. */
function tidyStoredTheme() {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY);
    if (stored !== null && !CHOICES.includes(stored)) localStorage.removeItem(THEME_STORAGE_KEY);
    const legacy = localStorage.getItem(LEGACY_KEY);
    if (stored === null && legacy !== null && CHOICES.includes(legacy)) localStorage.setItem(THEME_STORAGE_KEY, legacy);
  } catch {
    // Storage blocked: next-themes then uses the system theme, which is right.
  }
}

/**
 * System theme by default; a chosen theme persists in localStorage and is applied before paint.
 * No `disableTransitionOnChange`: next-themes applies it on mount too, injecting a `*` rule and
 * forcing a whole-document style recalculation on every page load, to spare a few colour fades.
 */
export function ThemeProvider({ children }: { children: ReactNode }) {
  // Before next-themes first reads storage (its own state initialiser runs after this one).
  useState(() => typeof window !== 'undefined' && tidyStoredTheme());
  return (
    <NextThemes
      attribute="class"
      defaultTheme="system"
      enableSystem
      storageKey={THEME_STORAGE_KEY}
      themes={['light', 'dark']}
      value={CLASSES}
    >
      {children}
    </NextThemes>
  );
}
