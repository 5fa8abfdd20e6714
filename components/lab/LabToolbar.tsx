'use client';

import { useEffect, useRef, useState } from 'react';
import { PRESETS } from '@/lib/scenario/presets';
import { situationSummary } from '@/lib/lab/situation';
import { encodeScenario } from '@/lib/scenario/url';
import { useLab, useLabStoreApi } from './LabStoreContext';

/** How long the button says "Copied" (or that copying failed) before it offers to copy again. */
const CONFIRM_MS = 2500;

/** Preset choice, share link and reset: the actions that act on the whole scenario. */
export function LabToolbar() {
  const presetId = useLab((s) => s.presetId);
  const applyPreset = useLab((s) => s.applyPreset);
  const resetAll = useLab((s) => s.resetAll);
  const changed = useLab((s) => JSON.stringify(s.scenario) !== JSON.stringify(s.baseline));
  const store = useLabStoreApi();
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const resetTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(resetTimer.current), []);
  const preset = PRESETS.find((p) => p.id === presetId);
  const summary = useLab((s) =>
    situationSummary(s.scenario, preset ? { summary: preset.summary, scenario: s.baseline } : null),
  );

  const copyLink = async () => {
    // Built from the store, not read from the address bar, which follows the scenario 250 ms late.
    const { scenario, presetId: id } = store.getState();
    const url = new URL(window.location.href);
    url.search = encodeScenario(scenario, id);
    try {
      await navigator.clipboard.writeText(url.href);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
    clearTimeout(resetTimer.current);
    resetTimer.current = setTimeout(() => setCopied('idle'), CONFIRM_MS);
  };

  return (
    <div className="flex flex-col gap-3 rounded-card border border-border bg-surface p-4 sm:flex-row sm:items-end">
      <div className="min-w-0 flex-1">
        <label htmlFor="preset" className="text-sm font-semibold">
          Situation
        </label>
        <select
          id="preset"
          value={presetId ?? ''}
          onChange={(e) => applyPreset(e.target.value || null)}
          aria-describedby="preset-summary"
          className="mt-1 h-11 w-full rounded-lg border border-border bg-surface px-3 font-medium"
        >
          <option value="">Default mix: web services and batch jobs</option>
          {PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <p id="preset-summary" className="mt-1 text-sm text-muted">
          {summary}
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={`lab-chip ${copied === 'copied' ? 'border-good text-good' : copied === 'failed' ? 'border-bad text-bad' : ''}`}
          onClick={copyLink}
        >
          {copied === 'copied' ? (
            <>
              <span aria-hidden="true">✓</span> Copied
            </>
          ) : copied === 'failed' ? (
            'Copy failed: use the address bar'
          ) : (
            'Copy link'
          )}
        </button>
        <button type="button" className="lab-chip" onClick={resetAll} disabled={!changed}>
          Reset all
        </button>
      </div>
      <p className="sr-only" aria-live="polite">
        {copied === 'copied'
          ? 'Link copied to the clipboard.'
          : copied === 'failed'
            ? 'Copying failed; copy the address from the address bar instead.'
            : ''}
      </p>
    </div>
  );
}
