import { Link } from '@/components/ui/Link';
import { SITE } from '@/lib/site/site';
import { LogoMark } from './Logo';
import { NavLinks } from './NavLinks';
import { ThemeToggle } from './ThemeToggle';

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-40 border-b border-border bg-bg">
      <div className="mx-auto flex h-16 max-w-6xl items-center justify-between gap-2 px-3 sm:px-6">
        <Link href="/" className="flex h-11 items-center gap-2 rounded-lg pr-1 font-semibold tracking-tight">
          <LogoMark />
          <span className="hidden min-[420px]:inline">{SITE.name}</span>
          <span className="sr-only min-[420px]:hidden">{SITE.name}, home</span>
        </Link>
        <nav aria-label="Main" className="flex items-center gap-1 sm:gap-3">
          <NavLinks />
          <ThemeToggle />
        </nav>
      </div>
    </header>
  );
}
