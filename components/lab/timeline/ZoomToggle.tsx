export type Zoom = 'run' | 'window';

/** Two pressed-state buttons: the whole run, or a window of a few scrape intervals that follows the cursor. */
export function ZoomToggle({
  zoom,
  windowLabel,
  onChange,
}: {
  zoom: Zoom;
  windowLabel: string;
  onChange: (zoom: Zoom) => void;
}) {
  const options: [Zoom, string][] = [
    ['run', 'Whole run'],
    ['window', windowLabel],
  ];
  return (
    <div role="group" aria-label="Zoom" className="inline-flex rounded-lg border border-border p-0.5">
      {options.map(([value, label]) => (
        <button
          key={value}
          type="button"
          aria-pressed={zoom === value}
          onClick={() => onChange(value)}
          className={`min-h-11 rounded-md px-3 text-sm font-medium ${zoom === value ? 'bg-fg text-bg' : 'text-muted hover:text-fg'}`}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
