'use client';

import { useCallback, useEffect, useState } from 'react';
import { DAILY_SECTION } from '@/lib/study/progress';
import type { DailyNew } from '@/lib/study/session';
import { siteData } from '../ui/browserStorage';

const store = siteData.section(DAILY_SECTION);

/**
 * Today's new-card count and the learner's daily limit, kept in this browser. A failed save is not
 * reported here: the same storage holds the reviews, whose save error is already shown.
 */
export function useDailyNew() {
  const [daily, setDaily] = useState<DailyNew>(() => store.load().value);
  const save = useCallback((next: DailyNew) => {
    setDaily(next);
    store.save(next);
  }, []);
  // An import (or its undo) replaced the stored document: this is what the learner now has.
  useEffect(() => siteData.subscribe((change) => change === 'replaced' && setDaily(store.load().value)), []);
  return [daily, save] as const;
}
