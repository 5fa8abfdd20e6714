import { Link } from '@/components/ui/Link';
import { formQuestions } from '@/lib/diagnostic/questions';

/** The optional check before lesson 1, offered where the course starts; skipping is one click. */
export function CheckOffer() {
  return (
    <aside
      aria-label="Optional check before the course"
      className="mt-6 max-w-xl rounded-card border border-border bg-surface p-4"
      data-testid="check-offer"
    >
      <p>
        <strong>Before you start:</strong> a {formQuestions('A').length}-question check shows where you stand, and the
        one after the course shows what you gained. It is optional.
      </p>
      <p className="mt-2 flex flex-wrap gap-x-5 gap-y-1">
        <Link href="/check">Take the check</Link>
        <Link href="/lessons/two-models">Skip it: start lesson 1</Link>
      </p>
    </aside>
  );
}
