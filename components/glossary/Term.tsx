import type { ReactNode } from 'react';
import { Link } from '@/components/ui/Link';
import { findTerm } from '@/lib/glossary/terms';
import { DefinitionToggle } from './DefinitionToggle';

/**
 * `<Term id="up">up</Term>` in a lesson: the words link to the glossary entry (which works without
 * JavaScript), and the "?" beside them shows the definition in place. An unknown id renders the
 * words plainly; lib/glossary/terms.test.ts fails the build's tests on it.
 */
export function Term({ id, children }: { id: string; children?: ReactNode }) {
  const term = findTerm(id);
  if (!term) return <>{children}</>;
  return (
    <DefinitionToggle term={term.term} definition={term.definition}>
      <Link
        href={`/glossary#${term.id}`}
        className="underline decoration-dotted underline-offset-4 hover:decoration-solid"
      >
        {children ?? term.term}
      </Link>
    </DefinitionToggle>
  );
}
