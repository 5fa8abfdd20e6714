'use client';

import { Link } from '@/components/ui/Link';
import { usePathname } from 'next/navigation';
import { activeNav, NAV } from '@/lib/site/site';

export function NavLinks() {
  const active = activeNav(usePathname() ?? '/');
  return (
    <ul className="flex items-center gap-0.5 sm:gap-1">
      {NAV.map((item) => {
        const current = item.href === active?.href;
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current ? 'page' : undefined}
              className={`inline-flex h-11 items-center rounded-full px-2.5 text-[0.95rem] font-medium sm:px-4 ${
                current ? 'bg-fg text-bg' : 'text-muted hover:bg-surface-2 hover:text-fg'
              }`}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
