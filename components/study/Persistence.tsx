'use client';

import { useEffect } from 'react';
import { DismissibleAlert } from '@/components/ui/DismissibleAlert';
import { useProgress } from './progressStore';

/**
 * Loads saved progress once and tells the learner, above the study panel they are using, when it
 * was reset, kept aside, or could not be saved. Mounted once, above the interactive study panels.
 */
export default function Persistence() {
  const notice = useProgress((s) => s.notice);
  const saveError = useProgress((s) => s.saveError);
  const dismiss = useProgress((s) => s.dismissNotice);

  useEffect(() => useProgress.getState().hydrate(), []);

  if (!notice && !saveError) return null;
  return (
    <div className="mb-6 space-y-3">
      {notice ? (
        <DismissibleAlert testId="progress-notice" onDismiss={dismiss}>
          {notice}
        </DismissibleAlert>
      ) : null}
      {saveError ? (
        <p role="alert" data-testid="save-error" className="rounded-card border border-bad/40 bg-surface p-4">
          {saveError}
        </p>
      ) : null}
    </div>
  );
}
