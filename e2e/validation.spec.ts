import { readFileSync } from 'node:fs';
import results from '../lib/validation/results.json' with { type: 'json' };
import { TRACE_MAX_INSTANCES } from '../lib/sim/trace';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, test } from './fixtures';

async function showCharts(page: Page) {
  const figures = page.locator('figure');
  const count = await figures.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    await figures.nth(i).scrollIntoViewIfNeeded();
    await expect(figures.nth(i).locator('svg.recharts-surface').first()).toBeVisible();
  }
}

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
    // The charts load when the reader scrolls near them: one bar pair per compared share.
    await showCharts(page);
    await expectNoHorizontalScroll(page);
  });

  test('has no WCAG 2.2 A/AA violations', async ({ page }) => {
    await page.goto('/validation');
    await showCharts(page);
    await expectNoAxeViolations(page);
  });

  test('is linked from the home page, the lab and the lessons', async ({ page }) => {
    for (const from of ['/', '/lab', '/lessons/short-lived-jobs']) {
      await page.goto(from);
      await expect(page.locator('a[href="/validation"]').first()).toBeAttached();
    }
  });

  test('the lab exports every instance the pull side scraped, not only the traced ones', async ({ page }, info) => {
    test.skip(info.project.name !== 'desktop-light', 'the download runs on one project');
    await page.goto('/lab');
    await expect(page.locator('[data-results][aria-busy="false"]')).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export for Prometheus' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('pushpull-pull.om.txt');
    const file = info.outputPath('export.om.txt');
    await download.saveAs(file);
    const text = readFileSync(file, 'utf8');
    expect(text.endsWith('# EOF\n')).toBe(true);
    const instances = new Set([...text.matchAll(/^up\{instance="([^"]+)"/gm)].map((m) => m[1]));
    // The fleet timeline traces at most TRACE_MAX_INSTANCES; the export has the whole fleet.
    expect(instances.size).toBeGreaterThan(TRACE_MAX_INSTANCES);
    await expect(page.getByRole('status').filter({ hasText: 'Downloaded pushpull-pull.om.txt' })).toBeVisible();
  });
});
