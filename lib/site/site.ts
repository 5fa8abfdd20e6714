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
