import type { Page } from '@playwright/test';
import { formQuestions } from '../lib/diagnostic/questions';
import { QUESTIONS, VERDICT_TEXT, type Question } from '../lib/study/quiz';
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, test } from './fixtures';

/**
 * "Predict the chart" means a chart: a predict question of the study quiz, answered by keyboard,
 * runs its scenario and draws the predicted figure; and screenshots of the three predict reveals
 * (quiz, flashcard, diagnostic) in every project, to look at.
 */

const rightText = (q: Question) =>
  q.kind === 'choice' ? q.options.find((o) => o.correct)!.text : VERDICT_TEXT[q.expected];

/** Answers the study quiz rightly until a predict question is on screen; returns it. */
async function reachPredictQuestion(page: Page) {
  await page.goto('/study#quiz');
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  for (;;) {
    const prompt = await page.locator('fieldset legend').textContent();
    const q = QUESTIONS.find((x) => x.question === prompt);
    if (!q) throw new Error(`unknown question: ${prompt}`);
    if (q.kind === 'predict') return q;
    await page.getByRole('radio', { name: rightText(q), exact: true }).check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.getByRole('button', { name: 'Next question' }).click();
  }
}

test.describe('predict the chart', () => {
  test.beforeEach(({}, info) => {
    test.skip(info.project.name !== 'desktop-light', 'interaction tests run on one project');
  });

  test('a quiz predict question, answered by keyboard, draws the run’s chart and judges by it', async ({ page }) => {
    test.setTimeout(60_000);
    const q = await reachPredictQuestion(page);
    const order = ['pull', 'push', 'tie'] as const;
    // Arrow keys move through the options without answering; Check answer commits.
    await page.getByRole('radio').first().focus();
    await page.keyboard.press('Space');
    for (let i = 0; i < order.indexOf(q.expected); i++) await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: VERDICT_TEXT[q.expected], exact: true })).toBeChecked();
    await expect(page.getByTestId('predict-running')).toHaveCount(0);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Check answer' })).toBeFocused();
    await page.keyboard.press('Enter');

    const chart = page.getByTestId('predict-chart');
    await expect(chart).toBeVisible({ timeout: 20_000 });
    await expect(chart.locator('svg').first()).toBeVisible();
    await expect(page.getByTestId('predict-outcome').getByRole('status')).toContainText(`${VERDICT_TEXT[q.expected]}.`);
    await expect(page.getByText('Correct.', { exact: true })).toBeVisible();
    await expect(page.locator('[data-why]')).toHaveCount(3);
    await expect(page.getByRole('button', { name: /Next question|See your score/ })).toBeFocused();
    // Every figure and timeline waits behind one click.
    await page.getByText('All figures and timelines').click();
    await expect(page.getByRole('table', { name: /Headline figures/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('Check answer without a pick asks for one and answers nothing', async ({ page }) => {
    await page.goto('/study#quiz');
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.getByText('Pick an answer first.')).toBeVisible();
    await expect(page.locator('[data-why]')).toHaveCount(0);
  });
});

test.describe('predict screenshots', () => {
  test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=dir to write them');

  test('quiz reveal, predict flashcard, diagnostic reveal', async ({ page }, info) => {
    test.setTimeout(120_000);
    const shot = (name: string) => `${process.env.SCREENSHOTS}/${name}-${info.project.name}.png`;

    const q = await reachPredictQuestion(page);
    await page.getByRole('radio', { name: VERDICT_TEXT[q.expected === 'pull' ? 'push' : 'pull'], exact: true }).check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.getByTestId('predict-chart').locator('svg').first()).toBeVisible({ timeout: 20_000 });
    await expectNoHorizontalScroll(page);
    await page.locator('main').screenshot({ path: shot('quiz-predict') });

    await page.goto('/study?cards=predict#flashcards');
    await page.getByRole('button', { name: /Show answer/ }).click();
    await page.getByRole('button', { name: 'Run the simulation' }).click();
    await expect(page.getByTestId('predict-chart').locator('svg').first()).toBeVisible({ timeout: 20_000 });
    await expectNoHorizontalScroll(page);
    await page.getByRole('article', { name: 'Flashcard' }).screenshot({ path: shot('card-predict') });

    await page.goto('/check');
    await page.getByRole('button', { name: /the check before the course/ }).click();
    for (const d of formQuestions('A')) {
      await expect(page.locator('fieldset legend')).toHaveText(d.question);
      const text = d.kind === 'choice' ? d.options.find((o) => o.correct)!.text : VERDICT_TEXT[d.expected];
      await page.getByRole('radio', { name: text, exact: true }).check();
      await page.getByRole('button', { name: 'Check answer' }).click();
      if (d.kind === 'predict') break;
      await page.getByRole('button', { name: 'Next question' }).click();
    }
    await expect(page.getByTestId('predict-chart').locator('svg').first()).toBeVisible({ timeout: 20_000 });
    await expectNoHorizontalScroll(page);
    await page.locator('main').screenshot({ path: shot('check-predict') });
  });
});
