import type { ReactNode } from 'react';

/** A problem the learner should read where they are looking, with a button to put it away. */
export function DismissibleAlert({
  children,
  onDismiss,
  testId,
}: {
  children: ReactNode;
  onDismiss: () => void;
  testId?: string;
}) {
  return (
    <div
      role="alert"
      data-testid={testId}
      className="flex flex-wrap items-center justify-between gap-3 rounded-card border border-bad/40 bg-surface p-4"
    >
      <p className="max-w-2xl">{children}</p>
      <button type="button" className="lab-chip" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
