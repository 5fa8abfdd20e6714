'use client';

import { startTransition, useEffect, useState } from 'react';
import { whenIdle } from './whenIdle';

/**
 * `value`, but a change reaches the caller only once the browser is idle (at most `timeoutMs`
 * later), as an interruptible transition. Secondary views then stop delaying the ones a reader is
 * watching: while a slider moves they catch up when it rests.
 */
export function useIdleValue<T>(value: T, timeoutMs = 300): T {
  const [idle, setIdle] = useState(value);
  useEffect(() => {
    if (Object.is(idle, value)) return;
    return whenIdle(() => startTransition(() => setIdle(value)), timeoutMs);
  }, [value, idle, timeoutMs]);
  return idle;
}
