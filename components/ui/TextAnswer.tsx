'use client';

import { useId } from 'react';

/** A labelled box for an answer in the learner's own words (the mock interview, "Say it out loud"). */
export function TextAnswer({
  label,
  value,
  onChange,
  rows,
  placeholder,
}: {
  label: string;
  value: string;
  onChange: (text: string) => void;
  rows: number;
  placeholder: string;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="mt-4 block text-sm font-semibold">
        {label}
      </label>
      <textarea
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        rows={rows}
        placeholder={placeholder}
        className="mt-1 w-full rounded-lg border border-border bg-bg p-3 leading-relaxed"
      />
    </>
  );
}
