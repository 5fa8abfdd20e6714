import { linkHref, linkLabel, type StudyLink } from '@/lib/study/links';

/**
 * The lessons and lab presets that demonstrate a claim. Plain links, not next/link: dozens of them
 * would each hydrate and prefetch, which costs the study page its first-load speed.
 */
export function SeeAlso({ links, className = '' }: { links: readonly StudyLink[]; className?: string }) {
  if (!links.length) return null;
  return (
    <p className={`text-sm text-muted print:hidden ${className}`}>
      <span className="font-semibold">See it:</span>{' '}
      {links.map((l, i) => (
        <span key={linkHref(l)}>
          {i > 0 ? ' · ' : null}
          <a href={linkHref(l)} className="underline underline-offset-4 hover:text-fg">
            {linkLabel(l)}
          </a>
        </span>
      ))}
    </p>
  );
}
