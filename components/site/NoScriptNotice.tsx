import type { ReactNode } from 'react';

/**
 * Shown only when JavaScript is off, on pages that need it to work: says so where the learner is
 * looking, and what still works without it.
 */
export function NoScriptNotice({ children }: { children: ReactNode }) {
  return (
    <noscript>
      <p role="note" className="mt-6 rounded-lg border border-border bg-surface px-4 py-3 text-sm text-fg">
        <strong>This page needs JavaScript.</strong> {children}
      </p>
    </noscript>
  );
}
