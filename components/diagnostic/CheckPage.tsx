'use client';

import dynamic from 'next/dynamic';
import { ErrorBoundary, type Recovery } from '@/components/ui/ErrorBoundary';
import { attempts } from './stores';

const loading = () => <p className="text-muted">Loading…</p>;
const Check = dynamic(() => import('./Check'), { ssr: false, loading });
const SayItOutLoud = dynamic(() => import('./SayItOutLoud'), { ssr: false, loading });

const RECOVERY: Recovery = {
  label: 'Forget my checks',
  run: () => {
    if (!window.confirm('Forget every diagnostic result on this device, then try again?')) return false;
    attempts.clear();
    return true;
  },
};

/** The check, and once the check after the course is done, the spoken answer that closes it. */
export function CheckPage() {
  const { items } = attempts.useList();
  return (
    <div className="space-y-10">
      <ErrorBoundary feature="The check" recovery={RECOVERY}>
        <Check />
      </ErrorBoundary>
      {items.some((a) => a.form === 'B') ? (
        <ErrorBoundary feature="Say it out loud">
          <SayItOutLoud />
        </ErrorBoundary>
      ) : null}
    </div>
  );
}
