import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { DECK } from '../lib/study/deck';
import { QUESTIONS, VERDICT_TEXT } from '../lib/study/quiz';
import { Rating } from 'ts-fsrs';
import { DATA_KEY } from '../lib/storage';
import { emptyProgress, STORAGE_KEY } from '../lib/study/progress';
import { review } from '../lib/study/scheduler';
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, test } from './fixtures';

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });

async function studiedCount(page: Page) {
  await tab(page, 'Progress').click();
  return page.getByTestId('cards-studied');
}

test.describe('study interactions', () => {
  test.beforeEach(({}, info) => {
    test.skip(info.project.name !== 'desktop-light', 'interaction tests run on one project');
  });

  test('flashcards: reveal and grade with the mouse and the keyboard; progress survives a reload', async ({ page }) => {
    await page.goto('/study');
    await tab(page, 'Flashcards').click();
    await expect(page).toHaveURL(/#flashcards$/);
    await expect(page.getByTestId('due-count')).toHaveText('0 due · 10 new');

    await page.getByRole('button', { name: /Show answer/ }).click();
    await expect(page.getByTestId('card-back')).toBeVisible();
    const good = page.getByRole('button', { name: /^Good/ });
    await expect(good).toContainText('10 min');
    await expect(page.getByRole('button', { name: /^Easy/ })).toContainText(/\d+ d/);
    await good.click();
    await expect(page.getByTestId('card-back')).toHaveCount(0);

    await page.keyboard.press('Space');
    await expect(page.getByTestId('card-back')).toBeVisible();
    await page.keyboard.press('4');
    await expect(page.getByTestId('card-back')).toHaveCount(0);
    await expect(page.getByText('8 left in this session')).toBeVisible();

    await page.reload();
    await expect(await studiedCount(page)).toHaveText(`2 of ${DECK.length}`);
  });

  test('corrupted storage is reset with a notice, not a crash', async ({ page }) => {
    await page.addInitScript((key) => localStorage.setItem(key, '{"kind": "pushpull-lab/stu'), STORAGE_KEY);
    await page.goto('/study#flashcards');
    const notice = page.getByRole('alert').filter({ hasText: 'could not be read' });
    await expect(notice).toContainText('because it is not valid JSON. It has been reset.');
    await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
  });

  test('everything exports to one file and imports back; a bad file changes nothing', async ({ page }, info) => {
    // Some of everything: a lesson read, a card graded, a check taken.
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(
        'pushpull-lab:diagnostic',
        JSON.stringify({ version: 1, attempts: [{ form: 'A', finishedAtMs: 1, answers: { 'a-two-models': true } }] }),
      );
      localStorage.setItem(
        'pushpull-lab:progress',
        JSON.stringify({ version: 2, lessonsRead: ['two-models'], tasksDone: [], quizAnswers: {} }),
      );
    });
    await page.goto('/study#flashcards');
    await page.getByRole('button', { name: /Show answer/ }).click();
    await page.getByRole('button', { name: /^Good/ }).click();
    await expect(await studiedCount(page)).toHaveText(`1 of ${DECK.length}`);
    await expect(page.getByTestId('course-summary')).toContainText('1 of 10 lessons read');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export progress' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^pushpull-lab-progress-\d{4}-\d\d-\d\d\.json$/);
    const file = info.outputPath('progress.json');
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ version: 1, kind: 'pushpull-lab/data' });
    expect(exported.sections.lessons.lessonsRead).toEqual(['two-models']);
    expect(exported.sections.diagnostic.attempts).toHaveLength(1);
    expect(Object.keys(exported.sections.study.cards)).toHaveLength(1);

    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: 'Reset progress' }).click();
    await expect(page.getByTestId('cards-studied')).toHaveText(`0 of ${DECK.length}`);
    await expect(page.getByTestId('course-summary')).toContainText('0 of 10 lessons read');
    await expect(page.getByTestId('check-empty')).toBeVisible();

    const input = page.getByLabel('Import progress');
    await input.setInputFiles(file);
    const confirm = page.getByTestId('import-confirm');
    await expect(confirm.getByRole('row', { name: 'Lessons read' })).toHaveText(/Lessons read\s*0\s*1/);
    await expect(confirm.getByRole('row', { name: 'Checks taken' })).toHaveText(/Checks taken\s*0\s*1/);
    await page.getByRole('button', { name: 'Replace my progress' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported everything in the file.' })).toBeVisible();
    await expect(page.getByTestId('cards-studied')).toHaveText(`1 of ${DECK.length}`);
    await expect(page.getByTestId('course-summary')).toContainText('1 of 10 lessons read');
    await expect(page.getByTestId('check-result')).toBeVisible();

    await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"a":1}') });
    await expect(page.getByRole('alert').filter({ hasText: 'not a PushPull Lab progress file' })).toContainText(
      'Your current progress is unchanged.',
    );
    await expect(page.getByTestId('cards-studied')).toHaveText(`1 of ${DECK.length}`);

    // What was imported is what the lessons see.
    await page.goto('/lessons');
    await expect(page.locator('[data-course-progress]')).toContainText('1 of 10 lessons read');
  });

  test('the progress view: empty states for a new learner, then a graded card in the counts and the calendar', async ({
    page,
  }) => {
    await page.goto('/study#progress');
    await expect(page.getByTestId('course-summary')).toHaveText(
      /^0 of 10 lessons read · 0 of \d+ tasks done · 0 of 10 lesson quizzes answered$/,
    );
    await expect(page.getByText('No cards studied yet.')).toBeVisible();
    await expect(page.getByText('No quiz rounds yet.')).toBeVisible();
    await expect(page.getByTestId('check-empty')).toBeVisible();
    await expect(page.getByTestId('review-calendar')).toHaveCount(0);

    await tab(page, 'Flashcards').click();
    await page.getByRole('button', { name: /Show answer/ }).click();
    // Easy sends a new card days ahead: it shows in the calendar, not today.
    await page.getByRole('button', { name: /^Easy/ }).click();
    await tab(page, 'Progress').click();
    await expect(page.getByTestId('cards-studied')).toHaveText(`1 of ${DECK.length}`);
    await expect(page.getByTestId('cards-learned')).toHaveText('1');
    await expect(page.getByTestId('cards-due')).toHaveText('0');
    const calendar = page.getByRole('list', { name: 'Reviews due in the next 14 days' });
    await expect(calendar.getByRole('listitem')).toHaveCount(14);
    await expect(calendar.getByRole('listitem').first()).toHaveAccessibleName('Today (and overdue): 0 reviews');
    await expect(calendar.getByRole('listitem', { name: /: 1 review$/ })).toHaveCount(1);
  });

  test('quiz: scores a round, runs predict questions, reviews the mistake', async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto('/study#quiz');
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    let predicts = 0;
    for (let i = 0; i < 8; i++) {
      const prompt = await page.locator('legend').textContent();
      const q = QUESTIONS.find((x) => x.question === prompt);
      if (!q) throw new Error(`unknown question: ${prompt}`);
      const right = q.kind === 'choice' ? q.options.find((o) => o.correct)!.text : VERDICT_TEXT[q.expected];
      const wrong =
        q.kind === 'choice'
          ? q.options.find((o) => !o.correct)!.text
          : VERDICT_TEXT[q.expected === 'pull' ? 'push' : 'pull'];
      // The first question is answered wrongly on purpose.
      await page.getByRole('radio', { name: i === 0 ? wrong : right, exact: true }).check();
      await page.getByRole('button', { name: 'Check answer' }).click();
      if (q.kind === 'predict') {
        predicts++;
        await expect(page.getByRole('status').filter({ hasText: /pull .*, push / })).toBeVisible();
      }
      await expect(page.getByText(i === 0 ? 'Not this time.' : 'Correct.', { exact: true })).toBeVisible();
      await page.getByRole('button', { name: i < 7 ? 'Next question' : 'See your score' }).click();
    }
    expect(predicts).toBe(3);
    await expect(page.getByTestId('quiz-score')).toHaveText('You scored 7 of 8');
    await expect(page.getByRole('heading', { name: 'Review your mistakes' })).toBeVisible();
    await expect(page.getByText('Your answer:')).toHaveCount(1);
    await expect(page.getByText(/: 7 of 8$/)).toBeVisible();
  });

  test('mock interview: question, timer, notes, model answer and rubric', async ({ page }) => {
    await page.goto('/study#mock');
    await page.getByRole('button', { name: 'Ask me a question' }).click();
    await expect(page.getByTestId('mock-question')).not.toBeEmpty();
    await expect(page.getByRole('timer')).toContainText('0:0');
    await page.getByLabel('Your notes').fill('who initiates; up; discovery');
    await page.getByRole('button', { name: 'Show the model answer' }).click();
    await expect(page.getByRole('heading', { name: 'Model answer' })).toBeVisible();
    await page.getByRole('checkbox').first().check();
    await expect(page.getByText(/^1 of \d covered/)).toBeVisible();
    await expect(page.getByLabel('Your notes')).toHaveValue('who initiates; up; discovery');
  });

  test('tabs follow the arrow keys', async ({ page }) => {
    await page.goto('/study');
    await tab(page, 'Answer').focus();
    await page.keyboard.press('ArrowRight');
    await expect(tab(page, 'Flashcards')).toBeFocused();
    await expect(tab(page, 'Flashcards')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('End');
    await expect(tab(page, 'Progress')).toHaveAttribute('aria-selected', 'true');
  });

  test('the cheat sheet prints without site chrome', async ({ page }) => {
    await page.goto('/study/cheat-sheet');
    await expect(page.getByRole('button', { name: /Print/ })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.locator('footer')).toBeHidden();
    await expect(page.getByRole('button', { name: /Print/ })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const colour = await page.locator('body').evaluate((b) => getComputedStyle(b).color);
    expect(colour).toBe('rgb(0, 0, 0)');
  });
});

test.describe('study accessibility', () => {
  test.beforeEach(({}, info) => {
    test.skip(!['desktop-light', 'phone-dark'].includes(info.project.name), 'axe runs on one desktop and one phone');
  });

  test('every study mode is axe clean and fits the screen', async ({ page }) => {
    // Five axe passes over a page that keeps every opened mode mounted (the progress view last).
    test.setTimeout(120_000);
    await page.goto('/study');
    await expectNoAxeViolations(page);
    await tab(page, 'Flashcards').click();
    await page.getByRole('button', { name: /Show answer/ }).click();
    await expectNoAxeViolations(page);
    await tab(page, 'Quiz').click();
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await page.locator('fieldset').getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.getByRole('button', { name: /Next question|See your score/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await tab(page, 'Mock interview').click();
    await page.getByRole('button', { name: 'Ask me a question' }).click();
    await page.getByRole('button', { name: 'Show the model answer' }).click();
    await expectNoAxeViolations(page);
    await tab(page, 'Progress').click();
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
  });

  test('the progress view with some of everything, and an import to confirm, is axe clean and fits', async ({
    page,
  }) => {
    const now = Date.now();
    const cards = Object.fromEntries(
      DECK.slice(0, 4).map((c, i) => [c.id, review(undefined, i % 2 ? Rating.Easy : Rating.Good, new Date(now))]),
    );
    const doc = {
      kind: 'pushpull-lab/data',
      version: 1,
      sections: {
        lessons: { version: 2, lessonsRead: ['two-models'], tasksDone: [], quizAnswers: { 'two-models': 0 } },
        study: {
          ...emptyProgress(),
          cards,
          quiz: [{ at: new Date(now).toISOString(), score: 5, total: 8, wrong: [] }],
        },
        diagnostic: { version: 1, attempts: [{ form: 'A', finishedAtMs: now, answers: { 'a-two-models': true } }] },
      },
    };
    await page.addInitScript(([key, raw]) => localStorage.setItem(key, raw), [DATA_KEY, JSON.stringify(doc)]);
    await page.goto('/study#progress');
    await expect(page.getByTestId('review-calendar')).toBeVisible();
    await expect(page.getByTestId('check-result')).toBeVisible();
    await page.getByLabel('Import progress').setInputFiles({
      name: 'progress.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(doc)),
    });
    await expect(page.getByTestId('import-confirm')).toBeVisible();
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
  });

  test('the cheat sheet is axe clean', async ({ page }) => {
    await page.goto('/study/cheat-sheet');
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
  });
});
