import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { DECK, TOPICS } from '../lib/study/deck';
import { DATA_KEY } from '../lib/storage';
import { htmlToRich, readAnki } from '../lib/study/read-export.test-support';
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, test } from './fixtures';

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });
const left = (page: Page) => page.getByTestId('session-left');
const shownCard = (page: Page) => page.getByRole('article', { name: 'Flashcard' }).getAttribute('data-card-id');

/** The ids of the cards saved as studied in this browser. */
const savedCards = (page: Page) =>
  page.evaluate(
    (key) => Object.keys(JSON.parse(localStorage.getItem(key) ?? '{}').sections?.study?.cards ?? {}),
    DATA_KEY,
  );

test.describe('flashcards', () => {
  test.beforeEach(({}, info) => {
    test.skip(info.project.name !== 'desktop-light', 'interaction tests run on one project');
  });

  test('right after clicking the tab, Space shows the answer and 1–4 grade; arrow keys still switch tabs', async ({
    page,
  }) => {
    await page.goto('/study');
    await tab(page, 'Flashcards').click();
    await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
    await expect(tab(page, 'Flashcards')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('card-back')).toBeVisible();
    await page.keyboard.press('3');
    await expect(page.getByTestId('card-back')).toHaveCount(0);
    await expect(left(page)).toHaveText('9 left in this session');

    await tab(page, 'Flashcards').click();
    await page.keyboard.press('ArrowRight');
    await expect(tab(page, 'Quiz')).toHaveAttribute('aria-selected', 'true');
    await expect(tab(page, 'Quiz')).toBeFocused();
  });

  test('a predict card runs its simulation on the back and still grades by keyboard', async ({ page }) => {
    const predict = DECK.filter((c) => c.run);
    await page.goto('/study?cards=predict#flashcards');
    await expect(left(page)).toHaveText(`${predict.length} left in this session`);
    expect(predict.map((c) => c.id)).toContain(await shownCard(page));
    await page.keyboard.press('Space');
    await expect(page.getByTestId('card-back')).toBeVisible();
    // Nothing runs until asked.
    await expect(page.getByTestId('predict-chart')).toHaveCount(0);
    await page.getByRole('button', { name: 'Run the simulation' }).click();
    // The button is gone; focus stays in the card rather than falling to the page.
    await expect(page.getByRole('article', { name: 'Flashcard' }).locator(':focus')).toHaveCount(1);
    await expect(page.getByTestId('predict-chart').locator('svg').first()).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('predict-outcome').getByRole('status')).toContainText(/pull .+, push .+\./);
    await page.keyboard.press('3');
    await expect(left(page)).toHaveText(`${predict.length - 1} left in this session`);
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Run the simulation' })).toBeVisible();
    await expect(page.getByTestId('predict-chart')).toHaveCount(0);
  });

  test('undo puts the last graded card back, with its saved state and the counts', async ({ page }) => {
    await page.goto('/study#flashcards');
    await expect(page.getByTestId('due-count')).toHaveText('0 due · 10 new');
    const first = await shownCard(page);
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
    const second = await shownCard(page);
    expect(second).not.toBe(first);
    await page.getByRole('button', { name: /Show answer/ }).click();
    await page.getByRole('button', { name: /^Easy/ }).click();
    await expect(left(page)).toHaveText('8 left in this session');
    await expect(page.getByText('2 new today')).toBeVisible();
    expect(await savedCards(page)).toEqual([first, second]);

    await page.keyboard.press('u');
    expect(await shownCard(page)).toBe(second);
    await expect(page.getByTestId('card-back')).toBeVisible();
    await expect(left(page)).toHaveText('9 left in this session');
    await expect(page.getByText('1 new today')).toBeVisible();
    expect(await savedCards(page)).toEqual([first]);
    // One step only: the button is gone until the next grade.
    await expect(page.getByRole('button', { name: /Undo last grade/ })).toHaveCount(0);

    await page.getByRole('button', { name: /^Again/ }).click();
    await page.getByRole('button', { name: /Undo last grade/ }).click();
    expect(await shownCard(page)).toBe(second);
    expect(await savedCards(page)).toEqual([first]);
    await page.reload();
    await expect(page.getByTestId('due-count')).toHaveText('0 due · 9 new');
  });

  test('the Anki download imports as the deck: headers, fronts, backs and tags', async ({ page }, info) => {
    await page.goto('/study#flashcards');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download for Anki' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('pushpull-lab-flashcards.txt');
    const file = info.outputPath('deck.txt');
    await download.saveAs(file);
    const { header, rows } = readAnki(readFileSync(file, 'utf8'));
    expect(header).toMatchObject({ separator: 'tab', html: 'true', 'deck column': '3', 'tags column': '4' });
    expect(
      rows.map(([front, back, deck, tags]) => ({ front: htmlToRich(front), back: htmlToRich(back), deck, tags })),
    ).toEqual(
      DECK.map((c) => ({
        front: c.front,
        back: c.back,
        deck: 'PushPull Lab',
        tags: `pushpull-lab pushpull-lab::${c.topic}`,
      })),
    );

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('pushpull-lab-flashcards.csv');
  });

  test('a shared link opens one card set; a bad one shows every card with a notice', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/study?cards=pushgateway#flashcards');
    await expect(tab(page, 'Flashcards')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByLabel('Card set')).toHaveValue('pushgateway');
    const size = DECK.filter((c) => c.topic === 'pushgateway').length;
    await expect(page.getByTestId('due-count')).toHaveText(`0 due · ${Math.min(size, 10)} new`);
    await expect(page.getByRole('article', { name: 'Flashcard' })).toContainText(TOPICS.pushgateway);

    await page.getByLabel('Card set').selectOption('staleness');
    await expect(page).toHaveURL(/\/study\?cards=staleness#flashcards$/);
    await page.getByRole('button', { name: 'Share this set' }).click();
    await expect(page.getByTestId('share-status')).toContainText('Link copied');
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.pathname + copied.search + copied.hash).toBe('/study?cards=staleness#flashcards');

    await page.goto('/study?cards=%3Cb%3Enope#flashcards');
    await expect(page.getByTestId('card-set-notice')).toContainText(
      `“<b>nope” that does not exist, so all ${DECK.length}`,
    );
    await expect(page.getByLabel('Card set')).toHaveValue('');
    await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
  });

  test('the daily limit for new cards holds across sessions and reloads', async ({ page }) => {
    await page.goto('/study#flashcards');
    await page.getByLabel('New cards a day').fill('2');
    await expect(page.getByTestId('due-count')).toHaveText('0 due · 2 new');
    for (let i = 0; i < 2; i++) {
      await page.getByRole('button', { name: /Show answer/ }).click();
      await page.getByRole('button', { name: /^Easy/ }).click();
    }
    await expect(page.getByRole('status').filter({ hasText: 'today’s 2 new cards' })).toBeVisible();
    await page.reload();
    await expect(page.getByText('No cards due')).toBeVisible();
    await expect(page.getByLabel('New cards a day')).toHaveValue('2');
  });
});

test.describe('flashcards layout', () => {
  test.beforeEach(({}, info) => {
    test.skip(!['desktop-dark', 'phone-light'].includes(info.project.name), 'one desktop and one phone');
  });

  test('the card set, undo, limit and exports are axe clean and fit a phone', async ({ page }) => {
    await page.goto('/study?cards=nope#flashcards');
    await expect(page.getByTestId('card-set-notice')).toBeVisible();
    await page.getByRole('button', { name: /Show answer/ }).click();
    await page.getByRole('button', { name: /^Good/ }).click();
    await expect(page.getByRole('button', { name: /Undo last grade/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
  });
});
