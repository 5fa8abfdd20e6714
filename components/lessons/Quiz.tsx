'use client';

import { quizAnswer, saveQuizAnswer } from '@/lib/lessons/progress';
import type { LessonQuiz } from '@/lib/lessons/types';
import { ChoiceForm } from './ChoiceForm';
import { updateLessonProgress, useLessonProgress } from './useProgress';

/**
 * A check-your-understanding question: pick one answer, check it, then read why for every option.
 * The checked answer is kept in lesson progress, so a returning reader finds it checked again.
 */
export function Quiz({ slug, quiz }: { slug: string; quiz: LessonQuiz }) {
  const saved = quizAnswer(useLessonProgress(), slug);
  // An index past the options (the question changed since it was saved) is treated as no answer.
  const checked = saved !== null && saved < quiz.options.length ? saved : null;
  return (
    <ChoiceForm
      kind="quiz"
      question={quiz.question}
      options={quiz.options}
      answer={checked}
      onAnswer={(i) => updateLessonProgress((p) => saveQuizAnswer(p, slug, i))}
      data={{ 'data-quiz': true }}
    />
  );
}
