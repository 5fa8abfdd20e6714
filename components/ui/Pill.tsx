import type { ReactNode } from 'react';

/** The pull/push colour coding used everywhere: blue for pull, orange for push. */
export function Pill({ side, children }: { side: 'pull' | 'push'; children: ReactNode }) {
  const tone = side === 'pull' ? 'bg-pull-soft text-pull-ink' : 'bg-push-soft text-push-ink';
  return (
    <span className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-sm font-semibold ${tone}`}>
      <span aria-hidden="true" className={`size-2 rounded-full ${side === 'pull' ? 'bg-pull' : 'bg-push'}`} />
      {children}
    </span>
  );
}
