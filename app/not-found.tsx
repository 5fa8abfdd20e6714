import type { Metadata } from 'next';
import { Link } from '@/components/ui/Link';
import { NAV } from '@/lib/site/site';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-3xl px-4 pt-16 text-center sm:px-6 sm:pt-24">
      <p className="font-mono text-sm text-muted">
        up{'{'}page=&quot;this one&quot;{'}'} 0
      </p>
      <h1 className="mt-4 text-4xl font-bold tracking-tight">This page was never scraped</h1>
      <p className="mt-4 text-lg text-muted">
        Like a job that ended between two scrapes, whatever was here left no trace. Try one of these instead:
      </p>
      <ul className="mt-8 flex flex-wrap justify-center gap-3">
        <li>
          <Link href="/" className="inline-flex h-11 items-center rounded-full bg-fg px-5 font-semibold text-bg">
            Home
          </Link>
        </li>
        {NAV.map((n) => (
          <li key={n.href}>
            <Link
              href={n.href}
              className="inline-flex h-11 items-center rounded-full border border-border bg-surface px-5 font-semibold"
            >
              {n.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
