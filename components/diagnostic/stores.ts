'use client';

import { DIAGNOSTIC_SECTION, SPOKEN_SECTION } from '@/lib/diagnostic/store';
import { storedList } from './useStoredList';

/** The diagnostic's attempts and the self-graded spoken answers, one store each. */
export const attempts = storedList(DIAGNOSTIC_SECTION);
export const spokenAnswers = storedList(SPOKEN_SECTION);
