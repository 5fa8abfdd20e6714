/** Site-wide facts used by metadata, the header and the footer. */
export const SITE = {
  name: 'PushPull Lab',
  description:
    'Learn the difference between push- and pull-based monitoring by running Prometheus-style scraping and StatsD/OTLP-style pushing against the same simulated fleet.',
} as const;

export interface NavItem {
  href: string;
  label: string;
  /** What a person finds there, for menus and the home page. */
  blurb: string;
}

export const NAV: readonly NavItem[] = [
  { href: '/lessons', label: 'Lessons', blurb: 'A short course: read a little, then make the simulation show it.' },
  {
    href: '/lab',
    label: 'Lab',
    blurb: 'Change the fleet, the network, the scraper and the pushers; watch both sides respond.',
  },
  { href: '/study', label: 'Study', blurb: 'Interview answers, flashcards and quizzes on push versus pull.' },
];

/** The nav item a path belongs to (`/lab?x=1` and `/lessons/one` count), or undefined. */
export function activeNav(pathname: string): NavItem | undefined {
  const path = pathname.split(/[?#]/)[0].replace(/\/+$/, '') || '/';
  return NAV.find((item) => path === item.href || path.startsWith(`${item.href}/`));
}

/**
 * The site's public origin, from SITE_URL at build time, or undefined when it is not set: then no
 * absolute URL is known and none is written (Open Graph images need one). The site is built for
 * the root of its host (its assets are linked from `/`), so a path is refused.
 */
export function siteOrigin(siteUrl: string | undefined): URL | undefined {
  if (!siteUrl) return undefined;
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.org, not "${siteUrl}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must be an http(s) URL, not "${siteUrl}".`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL must be the site's root (the site is served from /), not "${siteUrl}".`);
  }
  return new URL(url.origin);
}

export interface SocialImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** The Open Graph image (public/og.png) as an absolute URL, or undefined without an origin. */
export function socialImage(origin: URL | undefined): SocialImage | undefined {
  if (!origin) return undefined;
  return {
    url: new URL('/og.png', origin).href,
    width: 1200,
    height: 630,
    alt: `${SITE.name}: pull and push side by side`,
  };
}
