import type { ReactNode } from 'react';

/** The top of every page: a small eyebrow, the title and a lede paragraph. */
export function PageIntro({ eyebrow, title, children }: { eyebrow: string; title: ReactNode; children?: ReactNode }) {
  return (
    <div className="max-w-3xl">
      <p className="text-sm font-semibold tracking-wide text-muted uppercase">{eyebrow}</p>
      <h1 className="mt-3 text-4xl font-bold tracking-tight text-balance sm:text-display">{title}</h1>
      {children ? <div className="mt-5 text-lg leading-relaxed text-pretty text-muted">{children}</div> : null}
    </div>
  );
}
