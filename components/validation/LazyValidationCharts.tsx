'use client';

import dynamic from 'next/dynamic';
import type { ComponentProps } from 'react';
import type ValidationCharts from './ValidationCharts';

// recharts is the heavy part: load it after the page is interactive; the tables below carry the figures.
const Charts = dynamic(() => import('./ValidationCharts'), {
  ssr: false,
  loading: () => (
    <div className="flex h-64 items-center justify-center rounded-card border border-border bg-surface text-sm text-muted">
      Loading chart…
    </div>
  ),
});

export function LazyValidationCharts(props: ComponentProps<typeof ValidationCharts>) {
  return <Charts {...props} />;
}
