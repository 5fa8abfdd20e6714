'use client';

import { useState } from 'react';
import type { ChoiceOption } from '@/lib/quiz/choice';
import { ChoiceForm } from './ChoiceForm';

/** What the page needs of a prediction: everything but the answer function, which stays on the server. */
export interface PredictionOutline {
  id: string;
  question: string;
  options: ChoiceOption[];
}

/**
 * "Predict, then see": the reader commits a guess before the simulation below answers it. Once
 * committed the guess is locked, every option says why, and the reader is sent on to the simulation.
 */
export function Predict({ prediction }: { prediction: PredictionOutline }) {
  const [committed, setCommitted] = useState<number | null>(null);
  return (
    <ChoiceForm
      kind="predict"
      question={prediction.question}
      options={prediction.options}
      answer={committed}
      onAnswer={setCommitted}
      data={{ 'data-predict': prediction.id, 'data-committed': committed !== null || undefined }}
    />
  );
}
