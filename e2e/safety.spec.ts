/**
 * Hostile or unlucky input never takes a page down, and nothing a learner keeps is lost silently
 * (issue 13). Each test reproduces a failure of the earlier code: a page error, a lost progress or
 * a silent reset, which the fixtures or the assertions turn into a failure.
 */
import type { Page } from '@playwright/test';
import { Rating } from 'ts-fsrs';
import { DECK } from '../lib/study/deck';
import { emptyProgress, serialize, STORAGE_KEY, withCard } from '../lib/study/progress';
import { review } from '../lib/study/scheduler';
import { LESSON_PROGRESS_KEY, LESSON_PROGRESS_VERSION } from '../lib/lessons/progress';
import { DATA_KEY } from '../lib/storage';
import { expect, test } from './fixtures';

/** The site's own theme key, namespaced so another app on a shared origin cannot collide with it. */
const THEME_STORAGE_KEY = 'pushpull-lab:theme';

test.beforeEach(({}, info) => {
  test.skip(info.project.name !== 'desktop-light', 'storage and import behaviour is the same on every project');
});

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });
const studied = (page: Page) => page.getByTestId('cards-studied');

/** A progress file holding `ids`, each graded Good once. */
function progressFile(ids: string[], patch: object = {}) {
  const now = new Date();
  let p = emptyProgress();
  for (const id of ids) p = withCard(p, id, { ...review(undefined, Rating.Good, now), ...patch });
  return { name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(serialize(p)) };
}

async function gradeOneCard(page: Page) {
  await page.goto('/study#flashcards');
  await page.getByRole('button', { name: /Show answer/ }).click();
  await page.getByRole('button', { name: /^Good/ }).click();
  await tab(page, 'Progress').click();
  await expect(studied(page)).toHaveText(`1 of ${DECK.length}`);
}

test('a stored theme value with a space (old and new key) leaves every page working', async ({ page }) => {
  await page.addInitScript((key) => {
    localStorage.setItem('theme', 'dark mode');
    if (!sessionStorage.getItem('seeded')) localStorage.setItem(key, 'dark mode');
    sessionStorage.setItem('seeded', '1');
  }, THEME_STORAGE_KEY);
  for (const path of ['/', '/lab', '/study', '/lessons/two-models']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveClass(/\blight\b/);
  }
  // The foreign value is dropped; the other app's own key is left alone.
  expect(await page.evaluate((key) => localStorage.getItem(key), THEME_STORAGE_KEY)).toBeNull();
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark mode');
  const toggle = page.getByRole('button', { name: /Colour theme/ });
  await toggle.click(); // system -> light
  await toggle.click(); // light -> dark
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
});

test('a stored first-release card due at 1e308 is reset with a notice, not a crash', async ({ page }) => {
  const v0 = { cards: { 'models-core': { due: 1e308, interval: 3, reps: 2, lapses: 0 } } };
  await page.addInitScript(([key, raw]) => localStorage.setItem(key, raw), [STORAGE_KEY, JSON.stringify(v0)]);
  await page.goto('/study#flashcards');
  await expect(page.getByTestId('progress-notice')).toContainText('could not be read');
  await expect(page.getByTestId('progress-notice')).toContainText('cards.models-core.due');
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
});

test('an imported card with difficulty 0 is refused with a clear message; progress stays', async ({ page }) => {
  await gradeOneCard(page);
  await page
    .getByLabel('Import progress')
    .setInputFiles(progressFile(['models-core', 'up-meaning'], { difficulty: 0 }));
  const error = page.getByRole('alert').filter({ hasText: 'could not be imported' });
  await expect(error).toContainText('difficulty must be 1 to 10');
  await expect(error).toContainText('Your current progress is unchanged.');
  await expect(studied(page)).toHaveText(`1 of ${DECK.length}`);
  await page.reload();
  await tab(page, 'Flashcards').click();
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
  await tab(page, 'Progress').click();
  await expect(studied(page)).toHaveText(`1 of ${DECK.length}`);
});

test('an import says what it replaces, asks, and can be undone once', async ({ page }) => {
  await gradeOneCard(page);
  const input = page.getByLabel('Import progress');
  const file = progressFile(DECK.slice(0, 3).map((c) => c.id));

  await input.setInputFiles(file);
  const confirm = page.getByTestId('import-confirm');
  await expect(confirm).toContainText(
    'This file holds 3 cards (3 reviews) and 0 quiz rounds. Importing it replaces your progress on this device: 1 card (1 review) and 0 quiz rounds.',
  );
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(studied(page)).toHaveText(`1 of ${DECK.length}`);

  await input.setInputFiles(file);
  await page.getByRole('button', { name: 'Replace my progress' }).click();
  await expect(studied(page)).toHaveText(`3 of ${DECK.length}`);
  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(studied(page)).toHaveText(`1 of ${DECK.length}`);
  await expect(page.getByRole('button', { name: 'Undo import' })).toHaveCount(0);
  await page.reload();
  await tab(page, 'Progress').click();
  await expect(studied(page)).toHaveText(`1 of ${DECK.length}`);
});

test('when storage refuses writes, the learner is told where they are', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('/study#flashcards');
  await page.getByRole('button', { name: /Show answer/ }).click();
  await page.getByRole('button', { name: /^Good/ }).click();
  await expect(page.getByTestId('save-error')).toContainText('could not be saved');
  await expect(page.getByTestId('save-error')).toBeInViewport();
  await tab(page, 'Progress').click();
  await expect(page.getByTestId('save-state')).toContainText('not being saved');

  await page.goto('/lessons/two-models');
  // Reaching the end of the lesson tries to save it as read.
  await page.getByRole('navigation', { name: 'Lessons' }).scrollIntoViewIfNeeded();
  await expect(page.getByTestId('lesson-save-error')).toContainText('could not be saved');
  await expect(page.getByTestId('lesson-save-error')).toBeInViewport();
});

test('lesson progress from a newer version is kept and reported; corrupt progress is reported', async ({ page }) => {
  const newerVersion = LESSON_PROGRESS_VERSION + 1;
  const newer = JSON.stringify({
    version: newerVersion,
    lessonsRead: ['two-models'],
    tasksDone: [],
    reviews: { x: 1 },
  });
  await page.addInitScript(([key, raw]) => localStorage.setItem(key, raw), [LESSON_PROGRESS_KEY, newer]);
  await page.goto('/lessons/two-models');
  await expect(page.getByTestId('lesson-progress-notice')).toContainText(
    `newer version of this site (v${newerVersion})`,
  );
  await page.getByRole('navigation', { name: 'Lessons' }).scrollIntoViewIfNeeded();
  await expect(page.getByTestId('lesson-save-error')).toContainText('newer version');
  expect(await page.evaluate((key) => localStorage.getItem(key), LESSON_PROGRESS_KEY)).toBe(newer);
});

test('corrupt lesson progress is reported, not silently reset', async ({ page }) => {
  await page.addInitScript((key) => localStorage.setItem(key, '{not json'), LESSON_PROGRESS_KEY);
  await page.goto('/lessons');
  await expect(page.getByTestId('lesson-progress-notice')).toContainText('could not be read');
});

test('an unreadable stored document is reported on each page that showed a part of it', async ({ page }) => {
  await page.addInitScript((key) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem(key, '{"kind":"pushpull-lab/da');
  }, DATA_KEY);
  await page.goto('/study#flashcards');
  await expect(page.getByTestId('progress-notice')).toContainText('because it is not valid JSON. It has been reset.');
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
  // The course progress went with it: the lessons say so, although the learner was on /study.
  await page.goto('/lessons');
  await expect(page.getByTestId('lesson-progress-notice')).toContainText('could not be read (it is not valid JSON)');
  // And the progress view, which shows every part, says so for each part it could not read.
  await page.goto('/study#progress');
  await expect(page.getByTestId('data-notices')).toContainText('course progress could not be read');
  await expect(page.getByTestId('data-notices')).toContainText('history could not be read');
});

test('a stored document from a newer version is kept as it is and nothing saves over it', async ({ page }) => {
  const newer = JSON.stringify({ kind: 'pushpull-lab/data', version: 99, sections: { study: { anything: 1 } } });
  await page.addInitScript(([key, raw]) => localStorage.setItem(key, raw), [DATA_KEY, newer]);
  await page.goto('/study#flashcards');
  await expect(page.getByTestId('progress-notice')).toContainText('newer version of the site (v99)');
  await page.getByRole('button', { name: /Show answer/ }).click();
  await page.getByRole('button', { name: /^Good/ }).click();
  await expect(page.getByTestId('save-error')).toContainText('newer version');
  await page.goto('/lessons/two-models');
  await page.getByRole('navigation', { name: 'Lessons' }).scrollIntoViewIfNeeded();
  await expect(page.getByTestId('lesson-save-error')).toContainText('newer version');
  expect(await page.evaluate((key) => localStorage.getItem(key), DATA_KEY)).toBe(newer);
});

test('a study mode that fails shows its error boundary; the other modes keep working', async ({
  page,
  allowConsole,
}) => {
  allowConsole(/boom|failed/);
  const stored = progressFile(['models-core']).buffer.toString();
  await page.addInitScript(([key, raw]) => localStorage.setItem(key, raw), [STORAGE_KEY, stored]);
  await page.goto('/study#flashcards');
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
  // The progress panel parses each card's due date as it first renders: make that throw.
  await page.evaluate(() => {
    const w = window as unknown as { realParse: typeof Date.parse };
    w.realParse = Date.parse;
    Date.parse = () => {
      throw new Error('boom');
    };
  });
  await tab(page, 'Progress').click();
  const panel = (name: string) => page.getByRole('tabpanel', { name });
  const boundary = panel('Progress').locator('[data-error-boundary]');
  await expect(boundary).toContainText('This study mode stopped working.');
  await expect(boundary).toContainText('The error was: boom');
  // The failure stays in the study modes that hit it: the answer and the tabs still work.
  await tab(page, 'Answer').click();
  await expect(panel('Answer')).toBeVisible();
  await expect(panel('Answer').locator('[data-error-boundary]')).toHaveCount(0);

  await page.evaluate(() => {
    Date.parse = (window as unknown as { realParse: typeof Date.parse }).realParse;
  });
  await tab(page, 'Progress').click();
  await boundary.getByRole('button', { name: 'Try again' }).click();
  await expect(boundary).toHaveCount(0);
  await expect(studied(page)).toHaveText(`1 of ${DECK.length}`);
});
