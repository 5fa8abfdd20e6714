/** The mark: one arrow pulled in (blue), one pushed out (orange), around a collector. */
export function LogoMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="30" height="30" rx="8" className="fill-surface-2 stroke-border" strokeWidth="1.5" />
      <path d="M7 12h14" className="stroke-pull" strokeWidth="3" strokeLinecap="round" />
      <path
        d="M10 8.5 6.5 12 10 15.5"
        className="stroke-pull"
        strokeWidth="3"
        fill="none"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <path d="M11 20h14" className="stroke-push" strokeWidth="3" strokeLinecap="round" />
      <path
        d="M22 16.5 25.5 20 22 23.5"
        className="stroke-push"
        strokeWidth="3"
        fill="none"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
