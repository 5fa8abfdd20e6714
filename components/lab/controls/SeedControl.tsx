'use client';

import { useState } from 'react';
import { useLab } from '../LabStoreContext';
import { KnobField } from './KnobField';

const MAX_SEED = 0xffffffff;

/** The random seed: the same seed always gives the same fleet; a new one shows another draw. */
export function SeedControl() {
  const seed = useLab((s) => s.scenario.seed);
  const setKnob = useLab((s) => s.setKnob);
  const newSeed = useLab((s) => s.newSeed);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const commit = (text: string) => {
    const n = Number(text);
    if (!/^\d+$/.test(text.trim()) || n > MAX_SEED) {
      setError(`A whole number from 0 to ${MAX_SEED}.`);
      return;
    }
    setError(null);
    setDraft(null);
    setKnob('seed', n);
  };

  return (
    <KnobField
      path="seed"
      label="Random seed"
      help="Same seed, same fleet and same luck on both sides. Change it to check that a difference is not a fluke."
    >
      {({ inputId, helpId }) => (
        <div className="mt-1 flex flex-wrap gap-2">
          <input
            id={inputId}
            inputMode="numeric"
            value={draft ?? String(seed)}
            aria-describedby={error ? `${helpId} ${inputId}-error` : helpId}
            aria-invalid={error ? true : undefined}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={(e) => draft !== null && commit(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && commit(e.currentTarget.value)}
            className="h-11 min-w-0 flex-1 rounded-lg border border-border bg-surface px-3 tabular-nums"
          />
          <button
            type="button"
            className="lab-chip shrink-0"
            onClick={() => {
              setDraft(null);
              setError(null);
              newSeed();
            }}
          >
            New seed
          </button>
          {error ? (
            <p id={`${inputId}-error`} role="alert" className="text-sm text-bad">
              {error}
            </p>
          ) : null}
        </div>
      )}
    </KnobField>
  );
}
