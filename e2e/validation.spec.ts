import results from '../lib/validation/results.json' with { type: 'json' };
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, test } from './fixtures';

test.describe('validation page', () => {
  test('shows every committed scenario, the charts and the command to reproduce them', async ({ page }) => {
    await page.goto('/validation');
    await expect(page).toHaveTitle(/^Validation · PushPull Lab$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Checked against the real thing/);
    for (const s of results.scenarios) {
      await expect(page.getByRole('heading', { level: 3, name: s.title })).toBeVisible();
    }
    await expect(page.getByRole('table')).toHaveCount(results.scenarios.length);
    await expect(page.locator('#validate-command')).toHaveText('npm run validate');
    await expect(page.getByText(`Prometheus (${results.software.prometheus})`, { exact: false })).toBeVisible();
    // The charts load after the page: one bar pair per compared share.
    await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
    await expectNoHorizontalScroll(page);
  });

  test('has no WCAG 2.2 A/AA violations', async ({ page }) => {
    await page.goto('/validation');
    await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('is linked from the home page, the lab and the lessons', async ({ page }) => {
    for (const from of ['/', '/lab', '/lessons/short-lived-jobs']) {
      await page.goto(from);
      await expect(page.locator('a[href="/validation"]').first()).toBeAttached();
    }
  });
});
