import { expect, expectNoAxeViolations, expectNoHorizontalScroll, test } from './fixtures';

const ROUTES = [
  { path: '/', title: /PushPull Lab/, heading: /Who starts the conversation/ },
  { path: '/lessons', title: /^Lessons · PushPull Lab$/, heading: /first principles/ },
  { path: '/lab', title: /^Lab · PushPull Lab$/, heading: /One fleet, two observers/ },
  { path: '/study', title: /^Study · PushPull Lab$/, heading: /difference between push- and pull-based/ },
];

for (const route of ROUTES) {
  test.describe(`route ${route.path}`, () => {
    test('loads with its title, description, one h1 and no overflow', async ({ page }) => {
      await page.goto(route.path);
      await expect(page).toHaveTitle(route.title);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading);
      await expect(page.locator('h1')).toHaveCount(1);
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(description?.length ?? 0).toBeGreaterThan(40);
      // Absolute only when SITE_URL is set at build time (lib/site/site.ts); never a localhost URL.
      const ogImage = page.locator('meta[property="og:image"]');
      if (process.env.SITE_URL) await expect(ogImage).toHaveAttribute('content', /^https?:\/\/.+\/og\.png$/);
      else await expect(ogImage).toHaveCount(0);
      await expectNoHorizontalScroll(page);
    });

    test('has no WCAG 2.2 A/AA violations', async ({ page }) => {
      await page.goto(route.path);
      await expectNoAxeViolations(page);
    });
  });
}

test('the header marks the current section', async ({ page }) => {
  await page.goto('/lab');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Lab' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Lessons' })).not.toHaveAttribute('aria-current', /.*/);
});

test('keyboard: skip link first, then the header links in order', async ({ page, browserName }, info) => {
  test.skip(info.project.name.startsWith('phone'), 'Tab order is a desktop-keyboard concern');
  void browserName;
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: /PushPull Lab/ }).first()).toBeFocused();
  for (const name of ['Lessons', 'Lab', 'Study']) {
    await page.keyboard.press('Tab');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true })).toBeFocused();
  }
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /Colour theme/ })).toBeFocused();
  // Enter on a focused link navigates.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/study$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the skip link moves focus to the main content', async ({ page }, info) => {
  test.skip(info.project.name.startsWith('phone'), 'keyboard only');
  await page.goto('/lessons');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('an unknown URL shows the friendly 404 with a way back', async ({ page, allowConsole }) => {
  allowConsole(/404/);
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page was never scraped');
  await page.getByRole('main').getByRole('link', { name: 'Lab' }).click();
  await expect(page).toHaveURL(/\/lab$/);
  await expectNoAxeViolations(page);
});

test('internal links navigate client-side; a modified click is left to the browser', async ({ page }, info) => {
  test.skip(info.project.name.startsWith('phone'), 'the header links are the same on phones');
  await page.goto('/lessons');
  // A full page load would drop this; a client-side navigation keeps the document and its globals.
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Study', exact: true }).click();
  await expect(page).toHaveURL(/\/study$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
  const opened = page.context().waitForEvent('page');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Lab', exact: true })
    .click({
      modifiers: ['ControlOrMeta'],
    });
  await (await opened).close();
  await expect(page).toHaveURL(/\/study$/);
});
