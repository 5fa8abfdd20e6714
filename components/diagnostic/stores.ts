'use client';

import { DIAGNOSTIC_CODEC, encodeAttempts, encodeSpoken, SPOKEN_CODEC } from '@/lib/diagnostic/store';
import { storedList } from './useStoredList';

/** The diagnostic's attempts and the self-graded spoken answers, one store each. */
export const attempts = storedList(DIAGNOSTIC_CODEC, encodeAttempts);
export const spokenAnswers = storedList(SPOKEN_CODEC, encodeSpoken);
