import { Link } from '@/components/ui/Link';
import { NAV, SITE } from '@/lib/site/site';

const SOURCES = [
  { href: 'https://prometheus.io/docs/introduction/faq/', label: 'Prometheus FAQ: why pull?' },
  { href: 'https://prometheus.io/docs/practices/pushing/', label: 'When to use the Pushgateway' },
  { href: 'https://github.com/statsd/statsd', label: 'StatsD' },
  { href: 'https://opentelemetry.io/docs/specs/otel/metrics/', label: 'OpenTelemetry metrics' },
];

// 24 px tall at least: WCAG 2.2's minimum target size for links stacked in a list.
const linkClass = 'inline-flex min-h-6 items-center text-muted underline-offset-4 hover:text-fg hover:underline';

export function SiteFooter() {
  return (
    <footer className="defer-render mt-24 border-t border-border bg-surface-2/60">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 text-sm sm:grid-cols-3 sm:px-6">
        <div>
          <p className="font-semibold">{SITE.name}</p>
          <p className="mt-2 max-w-xs text-muted">
            Every simulation runs in your browser. No accounts, no tracking; your progress stays on this device.
          </p>
        </div>
        <nav aria-label="Footer">
          <p className="font-semibold">Explore</p>
          <ul className="mt-2 space-y-0.5">
            {NAV.map((n) => (
              <li key={n.href}>
                <Link className={linkClass} href={n.href}>
                  {n.label}
                </Link>
              </li>
            ))}
            <li>
              <Link className={linkClass} href="/glossary">
                Glossary
              </Link>
            </li>
          </ul>
        </nav>
        <div>
          <p className="font-semibold">Primary sources</p>
          <ul className="mt-2 space-y-0.5">
            {SOURCES.map((s) => (
              <li key={s.href}>
                <a className={linkClass} href={s.href} rel="noreferrer">
                  {s.label}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </footer>
  );
}
