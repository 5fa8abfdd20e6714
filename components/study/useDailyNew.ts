'use client';

import { useCallback, useState } from 'react';
import { DAILY_NEW_CODEC, type DailyNew } from '@/lib/study/session';
import { versionedStore } from '@/lib/storage';
import { browserStorage } from '../ui/browserStorage';

const store = versionedStore(DAILY_NEW_CODEC, browserStorage);

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
  return [daily, save] as const;
}
