import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { builtPages } from '../scripts/built-pages';

/*
 * The hash-based Content-Security-Policy (scripts/csp.ts) lets every page work: hydration, the
 * simulation worker, charts and their inline styles, the quiz and the flashcards, with zero
 * `securitypolicyviolation` events. A blocked script also logs a console error, which the fixture
 * turns into a failure, but the event is the direct evidence.
 */

async function recordViolations(page: Page) {
  // Injected through the browser's debugging protocol, which a page's CSP does not govern.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

async function expectPolicy(page: Page) {
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(policy).not.toMatch(/'unsafe-inline'[^;]*;.*script|script-src[^;]*'unsafe-(inline|eval)'/);
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'strict-origin-when-cross-origin');
}

const figures = (page: Page, id: string) =>
  page
    .locator('[data-results][aria-busy="false"]')
    .locator(`[data-figure="${id}"] td`)
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-value')));

test.describe('content security policy', () => {
  test.beforeEach(({}, info) => {
    test.skip(info.project.name !== 'desktop-light' && info.project.name !== 'phone-dark', 'two projects suffice');
  });

  // 404.html is reached by a path that does not exist, as a host serves it.
  for (const route of builtPages().map((p) => (p.file === '404.html' ? '/no-such-page' : p.route))) {
    test(`${route}: has the policy and loads with no violation and no localhost URL`, async ({
      page,
      allowConsole,
    }) => {
      if (route === '/no-such-page') allowConsole(/404/);
      const violations = await recordViolations(page);
      const response = await page.goto(route);
      await expectPolicy(page);
      // A URL, not the word: a lesson may explain that a server listens on `localhost`.
      expect(await response!.text()).not.toMatch(/https?:\/\/(localhost|127\.0\.0\.1)/);
      // Scroll to the end so deferred sections, charts and lazy panels all render.
      await page.keyboard.press('End');
      await page.waitForTimeout(500);
      expect(await violations()).toEqual([]);
    });
  }

  test('lab: a slider changes the figures, charts draw, with no violation', async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto('/lab');
    await page.getByLabel('Situation').selectOption('ci-serverless');
    await expect(page.locator('[data-results][aria-busy="false"]')).toBeVisible();
    const before = await figures(page, 'never-seen');
    const toggle = page.getByRole('button', { name: /^Pull/ });
    await expect(async () => {
      if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click({ timeout: 1000 });
      await expect(toggle).toHaveAttribute('aria-expanded', 'true', { timeout: 1000 });
    }).toPass();
    const slider = page.getByRole('slider', { name: 'Scrape interval' });
    await slider.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect(async () => expect(await figures(page, 'never-seen')).not.toEqual(before)).toPass();
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 1000);
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    expect(await violations()).toEqual([]);
  });

  test('lesson: a simulation runs and the quiz answers, with no violation', async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto('/lessons/two-models');
    const sim = page.locator('[data-sim]').first();
    await expect(async () => {
      await sim.scrollIntoViewIfNeeded();
      await expect(sim).toHaveAttribute('data-loaded', 'true', { timeout: 1000 });
    }).toPass();
    await expect(sim.locator('[data-results][aria-busy="false"]')).toBeVisible();
    const quiz = page.locator('[data-quiz]');
    await quiz.scrollIntoViewIfNeeded();
    await quiz.getByRole('radio').first().check();
    await quiz.getByRole('button', { name: 'Check answer' }).click();
    await expect(quiz.locator('[data-why]').first()).toBeVisible();
    expect(await violations()).toEqual([]);
  });

  test('study: a card flips and a quiz question is answered, with no violation', async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto('/study#flashcards');
    await page.getByRole('button', { name: /Show answer/ }).click();
    await expect(page.getByTestId('card-back')).toBeVisible();
    await page.getByRole('button', { name: /^Good/ }).click();
    await page.getByRole('tab', { name: 'Quiz', exact: true }).click();
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await page.locator('fieldset').getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.getByText(/^(Correct\.|Not this time\.)$/)).toBeVisible();
    expect(await violations()).toEqual([]);
  });
});
