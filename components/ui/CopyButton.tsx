'use client';

import { useState } from 'react';

/**
 * Copies text to the clipboard and says so, for sighted and screen-reader users alike. Give it the
 * text, or the id of the element that shows it: a server-rendered listing then travels to the
 * browser once, as HTML, instead of a second time as this button's prop.
 */
export function CopyButton({ text, sourceId, label = 'Copy' }: { text?: string; sourceId?: string; label?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      const content = text ?? (sourceId ? document.getElementById(sourceId)?.textContent : null);
      if (content == null) throw new Error('nothing to copy');
      await navigator.clipboard.writeText(content);
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 2000);
  };
  return (
    <>
      <button type="button" onClick={copy} className="lab-chip px-3" aria-label={label}>
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}
      </button>
      <span className="sr-only" aria-live="polite">
        {state === 'copied'
          ? 'Copied to the clipboard'
          : state === 'failed'
            ? 'Copying failed; select the text instead'
            : ''}
      </span>
    </>
  );
}
