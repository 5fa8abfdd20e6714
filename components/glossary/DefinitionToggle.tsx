'use client';

import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Link } from '@/components/ui/Link';

/** Open state of a definition: a press toggles it, Escape closes it without closing what holds it. */
export function useDefinition() {
  const [open, setOpen] = useState(false);
  return {
    open,
    toggle: () => setOpen((o) => !o),
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Escape' && open) {
        e.stopPropagation();
        setOpen(false);
      }
    },
  };
}

/** The small "?" disclosure button that shows or hides a definition. */
export function DefinitionButton({
  name,
  open,
  controls,
  onToggle,
}: {
  /** The button's accessible name. */
  name: string;
  open: boolean;
  /** The id of the definition it shows. */
  controls: string;
  onToggle: () => void;
}) {
  return (
    <button
      type="button"
      aria-expanded={open}
      aria-controls={controls}
      aria-label={name}
      onClick={onToggle}
      className={`inline-flex size-6 shrink-0 items-center justify-center self-center rounded-full border text-xs font-bold transition-colors ${open ? 'border-fg bg-fg text-bg' : 'border-border bg-surface text-muted hover:border-fg hover:text-fg'}`}
    >
      <span aria-hidden="true">?</span>
    </button>
  );
}

/**
 * A term with its definition behind a small "?" disclosure button: a tap, Enter or Space shows it
 * (a hover tooltip never reaches a phone or a keyboard), Escape or a second press hides it. Inline
 * (spans only), so it can sit in a sentence or a table header.
 */
export function DefinitionToggle({
  term,
  definition,
  glossaryId,
  children,
}: {
  /** The term's name, for the button's accessible name. */
  term: string;
  definition: string;
  /** When set, the open definition links to the term's glossary entry. */
  glossaryId?: string;
  /** What the reader sees of the term (defaults to its name). */
  children?: ReactNode;
}) {
  const { open, toggle, onKeyDown } = useDefinition();
  const definitionId = useId();
  return (
    <span onKeyDown={onKeyDown}>
      <span className="inline-flex items-baseline gap-1">
        {children ?? term}
        <DefinitionButton name={`What “${term}” means`} open={open} controls={definitionId} onToggle={toggle} />
      </span>
      <span
        id={definitionId}
        hidden={!open}
        className="mt-1 block max-w-sm rounded-lg border border-border bg-surface-2 px-2.5 py-1.5 text-sm leading-snug font-normal text-fg"
      >
        {definition}
        {glossaryId ? (
          <>
            {' '}
            <Link href={`/glossary#${glossaryId}`} className="font-medium underline underline-offset-2">
              In the glossary
            </Link>
          </>
        ) : null}
      </span>
    </span>
  );
}
