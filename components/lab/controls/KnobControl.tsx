'use client';

import type { Knob } from '@/lib/lab/knobs';
import { nearestStep } from '@/lib/lab/knobs';
import { formatWithUnit } from '@/lib/lab/format';
import { readKnob, type KnobId } from '@/lib/lab/path';
import { useLab } from '../LabStoreContext';
import { KnobField } from './KnobField';

/** One scenario knob as a slider, switch or select, bound to the lab store by its id. */
export function KnobControl({
  path,
  knob,
  labelPrefix,
  foldHelp = false,
}: {
  path: KnobId;
  knob: Knob;
  labelPrefix?: string;
  /** Help behind a "?" button instead of always shown (see KnobField). */
  foldHelp?: boolean;
}) {
  const value = useLab((s) => readKnob(s.scenario, path));
  const setKnob = useLab((s) => s.setKnob);
  // The accessible name says which group a per-service knob belongs to ("batch: Job starts").
  const label = knob.label;
  const ariaLabel = labelPrefix ? `${labelPrefix}: ${knob.label}` : knob.label;
  const field = { path, label, name: ariaLabel, help: knob.help, foldHelp };

  if (knob.kind === 'steps') {
    const v = Number(value);
    const index = nearestStep(knob.values, v);
    const text = formatWithUnit(v, knob.unit);
    return (
      <KnobField {...field} valueText={text}>
        {({ inputId, helpId }) => (
          <input
            id={inputId}
            type="range"
            min={0}
            max={knob.values.length - 1}
            step={1}
            value={index}
            aria-label={ariaLabel}
            aria-valuetext={text}
            aria-describedby={helpId}
            onChange={(e) => setKnob(path, knob.values[Number(e.target.value)])}
            className="knob-range mt-1 w-full"
          />
        )}
      </KnobField>
    );
  }

  if (knob.kind === 'toggle') {
    const on = value === true;
    return (
      <KnobField {...field}>
        {({ inputId, helpId }) => (
          <button
            id={inputId}
            type="button"
            role="switch"
            aria-checked={on}
            aria-label={ariaLabel}
            aria-describedby={helpId}
            onClick={() => setKnob(path, !on)}
            className="mt-1 inline-flex h-11 items-center gap-3 rounded-full pr-3"
          >
            <span
              aria-hidden="true"
              className={`relative inline-block h-7 w-12 rounded-full border transition-colors ${on ? 'border-fg bg-fg' : 'border-border bg-surface-2'}`}
            >
              <span
                className={`absolute top-0.5 left-0 size-5.5 rounded-full bg-bg shadow transition-transform ${on ? 'translate-x-5.5' : 'translate-x-0.5'}`}
              />
            </span>
            <span className="text-sm font-semibold">{on ? 'On' : 'Off'}</span>
          </button>
        )}
      </KnobField>
    );
  }

  return (
    <KnobField {...field}>
      {({ inputId, helpId }) => (
        <select
          id={inputId}
          value={String(value)}
          aria-label={ariaLabel}
          aria-describedby={helpId}
          onChange={(e) => {
            const option = knob.options.find((o) => o.value === e.target.value);
            if (option) setKnob(path, option.value);
          }}
          className="mt-1 h-11 w-full rounded-lg border border-border bg-surface px-3"
        >
          {knob.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </KnobField>
  );
}
