'use client';

import dynamic from 'next/dynamic';
import type { ComponentProps } from 'react';
import { WhenVisible } from '@/components/ui/WhenVisible';
import type ValidationCharts from './ValidationCharts';

function ChartPlaceholder() {
  return (
    <div className="flex h-64 items-center justify-center rounded-card border border-border bg-surface text-sm text-muted">
      Loading chart…
    </div>
  );
}

// recharts is the heavy part: drawing both charts at load cost the page ~400 ms of main-thread time.
// They load when the reader scrolls near them; the tables below carry the figures.
const Charts = dynamic(() => import('./ValidationCharts'), { ssr: false, loading: ChartPlaceholder });

export function LazyValidationCharts(props: ComponentProps<typeof ValidationCharts>) {
  return (
    <WhenVisible placeholder={<ChartPlaceholder />} rootMargin="200px">
      <Charts {...props} />
    </WhenVisible>
  );
}
