'use client';

import { useTheme } from 'next-themes';
import { useSyncExternalStore } from 'react';

const ORDER = ['system', 'light', 'dark'] as const;
type ThemeChoice = (typeof ORDER)[number];

const LABEL: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };

// The stored theme is only known in the browser: render a neutral button until hydrated.
const subscribeNever = () => () => {};
const useHydrated = () =>
  useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );

export function ThemeToggle() {
  const { theme, setTheme, resolvedTheme } = useTheme();
  const hydrated = useHydrated();
  const current: ThemeChoice = hydrated && ORDER.includes(theme as ThemeChoice) ? (theme as ThemeChoice) : 'system';
  const next = ORDER[(ORDER.indexOf(current) + 1) % ORDER.length];
  const shown = current === 'system' ? `System (${resolvedTheme ?? 'auto'})` : LABEL[current];

  return (
    <button
      type="button"
      onClick={() => setTheme(next)}
      className="inline-flex h-11 min-w-11 items-center justify-center gap-2 rounded-full border border-border bg-surface px-3 text-sm text-fg hover:bg-surface-2"
      aria-label={`Colour theme: ${hydrated ? shown : 'System'}. Switch to ${LABEL[next]}.`}
      title={`Theme: ${hydrated ? shown : 'System'}`}
    >
      <ThemeIcon choice={current} />
      <span className="hidden lg:inline">{LABEL[current]}</span>
    </button>
  );
}

function ThemeIcon({ choice }: { choice: ThemeChoice }) {
  const common = {
    width: 18,
    height: 18,
    viewBox: '0 0 24 24',
    fill: 'none',
    stroke: 'currentColor',
    strokeWidth: 2,
    strokeLinecap: 'round' as const,
    strokeLinejoin: 'round' as const,
    'aria-hidden': true,
  };
  if (choice === 'light')
    return (
      <svg {...common}>
        <circle cx="12" cy="12" r="4" />
        <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
      </svg>
    );
  if (choice === 'dark')
    return (
      <svg {...common}>
        <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
      </svg>
    );
  return (
    <svg {...common}>
      <rect x="3" y="4" width="18" height="12" rx="2" />
      <path d="M8 20h8M12 16v4" />
    </svg>
  );
}
