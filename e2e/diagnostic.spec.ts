import type { Page } from '@playwright/test';
import { formQuestions, type DiagQuestion, type Form } from '../lib/diagnostic/questions';
import { VERDICT_TEXT } from '../lib/study/quiz';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** The option text that is right for a question (predict: the verdict the simulation gives). */
function rightText(q: DiagQuestion): string {
  return q.kind === 'choice' ? q.options.find((o) => o.correct)!.text : VERDICT_TEXT[q.expected];
}

function wrongText(q: DiagQuestion): string {
  return q.kind === 'choice'
    ? q.options.find((o) => !o.correct)!.text
    : VERDICT_TEXT[(['pull', 'push', 'tie'] as const).find((v) => v !== q.expected)!];
}

/** Answers every question of a form, right except for the topics in `missTopics`. */
async function takeCheck(page: Page, form: Form, missTopics: string[] = []) {
  await page.goto('/check');
  const title = form === 'A' ? 'before the course' : 'after the course';
  await page.getByRole('button', { name: new RegExp(`(Start|Take it again) the check ${title}`) }).click();
  const questions = formQuestions(form);
  for (const [i, q] of questions.entries()) {
    await expect(page.locator('fieldset legend')).toHaveText(q.question);
    const text = missTopics.includes(q.topic) ? wrongText(q) : rightText(q);
    await page.getByRole('radio', { name: text, exact: true }).check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    if (q.kind === 'predict') await expect(page.getByTestId('predict-chart')).toBeVisible({ timeout: 20_000 });
    const last = i === questions.length - 1;
    await page.getByRole('button', { name: last ? 'See your result' : 'Next question' }).click();
  }
  await expect(page.getByTestId('check-result')).toBeVisible();
}

const gainOf = (page: Page, topic: string) => page.locator(`tr[data-topic="${topic}"] [data-testid="gain"]`);

test.describe('diagnostic', () => {
  test.beforeEach(({}, info) => {
    test.skip(info.project.name !== 'desktop-light', 'interaction tests run on one project');
  });

  test('the check is offered before lesson 1 and can be skipped', async ({ page }) => {
    await page.goto('/lessons');
    const offer = page.getByTestId('check-offer');
    await expect(offer.getByRole('link', { name: 'Take the check' })).toHaveAttribute('href', '/check');
    await offer.getByRole('link', { name: /Skip it/ }).click();
    await expect(page).toHaveURL(/\/lessons\/two-models\/?$/);
  });

  test('before and after: all questions, per-topic gain, links for weak topics, history', async ({ page }) => {
    test.setTimeout(120_000);
    await takeCheck(page, 'A', ['two-models', 'reachability']);
    await expect(page.getByTestId('score-pre')).toHaveText('8 of 10');
    await expect(page.getByTestId('score-post')).toHaveText('not taken');
    const weak = page.getByTestId('weak-topics');
    await expect(weak.getByRole('link', { name: 'Lesson 6' })).toHaveAttribute('href', '/lessons/reachability');
    await expect(weak.getByRole('link', { name: /^Lab: IoT devices/ })).toHaveAttribute('href', '/lab?preset=iot-nat');
    await expect(weak.getByRole('link', { name: /^Cards: Firewalls/ })).toHaveAttribute('href', '/study#flashcards');
    await expect(gainOf(page, 'two-models')).toHaveText('–');

    // The end of the course points here.
    await page.goto('/lessons/summary');
    await page.getByRole('link', { name: /Take the check after the course/ }).click();
    await expect(page).toHaveURL(/\/check#after$/);

    await takeCheck(page, 'B', ['hybrid']);
    await expect(page.getByTestId('score-post')).toHaveText('9 of 10');
    await expect(gainOf(page, 'two-models')).toHaveText('+1');
    await expect(gainOf(page, 'reachability')).toHaveText('+1');
    await expect(gainOf(page, 'hybrid')).toHaveText('−1');
    await expect(gainOf(page, 'summary')).toHaveText('0');
    await expect(page.getByTestId('weak-topics').getByRole('link', { name: 'Lesson 9' })).toBeVisible();

    await page.reload();
    await expect(page.getByTestId('score-pre')).toHaveText('8 of 10');
    await page.getByText(/All your checks \(2\)/).click();
    await expect(page.getByTestId('check-history').locator('li')).toHaveCount(2);
    await expectNoAxeViolations(page);
  });

  test('say it out loud: no microphone falls back to writing; the self-grade persists', async ({ page }) => {
    await page.addInitScript(() => {
      // Headless Chromium has no microphone; make the refusal explicit and deterministic.
      Object.defineProperty(navigator, 'mediaDevices', {
        value: { getUserMedia: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
    });
    await page.addInitScript(() => {
      if (localStorage.getItem('pushpull-lab:diagnostic')) return;
      localStorage.setItem(
        'pushpull-lab:diagnostic',
        JSON.stringify({ version: 1, attempts: [{ form: 'B', finishedAtMs: 1, answers: { 'b-hybrid': true } }] }),
      );
    });
    await page.goto('/check');
    const say = page.getByRole('region', { name: 'Say it out loud' });
    await say.getByRole('button', { name: 'Record your answer' }).click();
    await expect(say.getByTestId('recorder-unavailable')).toContainText('permission was refused');
    await say.getByLabel('Your answer').fill('Who opens the connection: the scraper in pull, the client in push.');
    await say.getByRole('checkbox', { name: /who initiates/ }).check();
    await say.getByRole('checkbox', { name: /when to use which/ }).check();
    await say.getByRole('button', { name: 'Save my self-grade' }).click();
    await expect(say.getByText('Saved: 2 of 5 covered.')).toBeVisible();

    await page.reload();
    const history = page.getByTestId('spoken-history');
    await expect(history).toContainText('2 of 5 covered');
    await expect(history).toContainText('Who opens the connection');
  });

  test('the mock interview offers the same spoken answer', async ({ page }) => {
    await page.goto('/study#mock');
    await expect(page.getByRole('heading', { name: 'Say it out loud' })).toBeVisible();
  });
});
