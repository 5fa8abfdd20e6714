'use client';

import { useId, type ReactNode } from 'react';
import { DefinitionButton, useDefinition } from '@/components/glossary/DefinitionToggle';
import type { KnobId } from '@/lib/lab/path';
import { isChanged } from '@/lib/lab/store';
import { useLab } from '../LabStoreContext';

/**
 * The frame every control shares: label, current value, a "changed" mark with its reset button,
 * and the help text that says what the knob models in the real world. `foldHelp` puts that text
 * behind a "?" button (lessons, where the prose around a simulation already explains its knobs);
 * folded, it still describes the control to screen readers.
 */
export function KnobField({
  path,
  label,
  name = label,
  help,
  foldHelp = false,
  valueText,
  children,
}: {
  path: KnobId;
  label: string;
  /** The control's accessible name, when it says more than the label (which group it belongs to). */
  name?: string;
  help: string;
  foldHelp?: boolean;
  valueText?: string;
  children: (ids: { inputId: string; helpId: string }) => ReactNode;
}) {
  const inputId = useId();
  const helpId = useId();
  const changed = useLab((s) => isChanged(s, path));
  const resetKnob = useLab((s) => s.resetKnob);
  const definition = useDefinition();
  return (
    <div
      className="py-3"
      data-knob={path}
      data-changed={changed || undefined}
      onKeyDown={foldHelp ? definition.onKeyDown : undefined}
    >
      <div className="flex min-h-8 items-center justify-between gap-2">
        <div className="flex items-center gap-1.5">
          <label htmlFor={inputId} className="flex items-center gap-2 font-medium">
            {changed ? (
              <span className="size-2 shrink-0 rounded-full bg-fg" aria-hidden="true" title="Changed" />
            ) : null}
            {label}
            {changed ? <span className="sr-only">(changed)</span> : null}
          </label>
          {foldHelp ? (
            <DefinitionButton
              name={`What “${name}” does`}
              open={definition.open}
              controls={helpId}
              onToggle={definition.toggle}
            />
          ) : null}
        </div>
        <div className="flex items-center gap-1">
          {valueText ? (
            <output htmlFor={inputId} className="text-sm font-semibold tabular-nums">
              {valueText}
            </output>
          ) : null}
          {changed ? (
            <button
              type="button"
              onClick={() => resetKnob(path)}
              className="inline-flex h-8 items-center rounded-full px-2 text-xs font-semibold text-muted underline-offset-2 hover:bg-surface-2 hover:text-fg hover:underline"
              aria-label={`Reset ${label}`}
            >
              Reset
            </button>
          ) : null}
        </div>
      </div>
      {children({ inputId, helpId })}
      <p id={helpId} hidden={foldHelp && !definition.open} className="mt-1 text-sm leading-snug text-muted">
        {help}
      </p>
    </div>
  );
}
