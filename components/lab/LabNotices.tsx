'use client';

import { useLab } from './LabStoreContext';

/** Messages about the scenario itself: a repaired link, a setting that followed another. */
export function LabNotices() {
  const notices = useLab((s) => s.notices);
  const dismiss = useLab((s) => s.dismissNotices);
  if (!notices.length) return null;
  return (
    <div
      role="status"
      className="flex items-start justify-between gap-3 rounded-card border border-border bg-surface-2 p-4 text-sm"
    >
      <ul className="min-w-0 space-y-1 wrap-anywhere">
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <button type="button" onClick={dismiss} className="lab-chip shrink-0">
        Dismiss
      </button>
    </div>
  );
}
