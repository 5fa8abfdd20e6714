import type { Page } from '@playwright/test';
import { LESSONS } from '../lib/lessons/catalogue';
import { LESSON_DATA } from '../lib/lessons/data';
import { rightIndex } from '../lib/quiz/choice';
import { expect, test } from './fixtures';

/*
 * "Predict, then see", by keyboard, for every prediction in the lesson data; lesson quiz answers
 * survive a reload; and screenshots of a lesson with a prediction and tasks, to look at.
 */

/** Picks option `index` of a radio group the keyboard way: Space on the first, then arrow keys. */
async function pickByKeyboard(page: Page, first: ReturnType<Page['locator']>, index: number) {
  await first.focus();
  await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
}

const withPredictions = LESSONS.filter((l) => LESSON_DATA[l.slug]?.predictions?.length);

for (const lesson of withPredictions) {
  test(`${lesson.slug}: each prediction is committed by keyboard before it explains itself`, async ({ page }, info) => {
    test.skip(info.project.name !== 'desktop-light', 'the walk runs once');
    await page.goto(`/lessons/${lesson.slug}`);
    for (const p of LESSON_DATA[lesson.slug]!.predictions!) {
      const block = page.locator(`[data-predict="${p.id}"]`);
      await block.scrollIntoViewIfNeeded();
      // Nothing is revealed before a guess is committed, and committing nothing only asks for one.
      await expect(block.locator('[data-why]')).toHaveCount(0);
      const button = block.getByRole('button', { name: 'Lock in my guess' });
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(block.locator('[data-verdict]')).toHaveText('Pick a guess first.');
      await expect(block.locator('[data-why]')).toHaveCount(0);

      await pickByKeyboard(page, block.getByRole('radio').first(), rightIndex(p));
      await expect(block.getByRole('radio').nth(rightIndex(p))).toBeChecked();
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(block).toHaveAttribute('data-committed', 'true');
      await expect(block.locator('[data-verdict]')).toContainText('You called it.');
      await expect(block.locator('[data-why]')).toHaveCount(p.options.length);
      // The guess is locked once committed.
      await expect(block.getByRole('radio').first()).toBeDisabled();
    }
  });
}

test('a lesson quiz answer is kept across a reload', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop-light', 'one project suffices');
  const quizData = LESSON_DATA['two-models']!.quiz;
  const wrong = quizData.options.findIndex((o) => !o.correct);
  await page.goto('/lessons/two-models');
  const quiz = page.locator('[data-quiz]');
  await quiz.scrollIntoViewIfNeeded();
  await pickByKeyboard(page, quiz.getByRole('radio').first(), wrong);
  await quiz.getByRole('button', { name: 'Check answer' }).focus();
  await page.keyboard.press('Enter');
  await expect(quiz).toContainText('Not quite.');
  await page.reload();
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.getByRole('radio').nth(wrong)).toBeChecked();
  await expect(quiz.locator('[data-why]')).toHaveCount(quizData.options.length);
  await expect(quiz).toContainText('Not quite.');
});

test('screenshot: a lesson with a prediction and tasks', async ({ page }, info) => {
  test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=dir to write them');
  await page.goto('/lessons/short-lived-jobs');
  const block = page.locator('[data-predict="five-second-jobs"]');
  await block.getByRole('radio').first().check();
  await block.getByRole('button', { name: 'Lock in my guess' }).click();
  await block.screenshot({ path: `${process.env.SCREENSHOTS}/predict-${info.project.name}.png` });
  const sim = page.locator('[data-sim="coverage"]');
  await sim.scrollIntoViewIfNeeded();
  await expect(
    sim.locator('[data-results][aria-busy="false"]').getByRole('table', { name: /Headline figures/ }),
  ).toBeVisible();
  await sim
    .getByRole('slider', { name: /Lifetime/ })
    .first()
    .focus();
  await page.keyboard.press('Home');
  await expect(sim.locator('[data-task="miss-half"][data-done]')).toBeVisible();
  await sim.screenshot({ path: `${process.env.SCREENSHOTS}/sim-${info.project.name}.png` });
});
