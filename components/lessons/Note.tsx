import type { ReactNode } from 'react';
import { Link } from '../ui/Link';

/** An aside that says where the simulation is simpler than the real systems. */
export function Note({ title = 'Where the model simplifies', children }: { title?: string; children: ReactNode }) {
  return (
    <aside className="my-8 max-w-[70ch] rounded-card border border-border border-l-4 border-l-muted bg-surface-2 px-4 py-3 text-[0.95rem]">
      <p className="font-semibold">{title}</p>
      <div className="[&>p]:my-2 [&>p:last-child]:mb-0">{children}</div>
      <p className="mt-2 text-sm text-muted">
        How close the model comes:{' '}
        <Link href="/validation" className="underline underline-offset-4">
          checked against a real Prometheus
        </Link>
        .
      </p>
    </aside>
  );
}
