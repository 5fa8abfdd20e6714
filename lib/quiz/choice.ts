/**
 * A multiple-choice question with exactly one right option and every option explained: the one
 * model behind each lesson's "Check your understanding" and the /study quiz.
 */
export interface ChoiceOption {
  text: string;
  correct: boolean;
  /** Why this option is right or wrong: shown after answering, for every option. */
  why: string;
}

export interface Choice {
  question: string;
  options: ChoiceOption[];
}

/** The index of the right option. */
export function rightIndex(c: Choice): number {
  return c.options.findIndex((o) => o.correct);
}

/** What is wrong with a question, in words; empty when it is sound. Content tests assert it is empty. */
export function choiceProblems(c: Choice): string[] {
  const problems: string[] = [];
  if (!c.question.trim()) problems.push('no question');
  if (c.options.length < 3) problems.push('fewer than three options');
  if (c.options.filter((o) => o.correct).length !== 1) problems.push('not exactly one right option');
  if (new Set(c.options.map((o) => o.text)).size !== c.options.length) problems.push('two options say the same');
  for (const o of c.options) if (o.why.trim().length <= 10) problems.push(`“${o.text}” is not explained`);
  return problems;
}
