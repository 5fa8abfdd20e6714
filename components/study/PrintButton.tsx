'use client';

export function PrintButton() {
  return (
    <button type="button" className="lab-chip border-fg bg-fg text-bg hover:bg-fg" onClick={() => window.print()}>
      Print or save as PDF
    </button>
  );
}
