import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, test } from './fixtures';

/** Waits until the figures describe the current settings, then reads one row. */
async function figure(page: Page, id: string) {
  await expect(page.locator('[data-results][aria-busy="false"]')).toBeVisible();
  const cells = page.locator(`[data-figure="${id}"] td`);
  return { pull: await cells.nth(0).getAttribute('data-value'), push: await cells.nth(1).getAttribute('data-value') };
}
/** Opens the lab and scrolls through it like a reader: charts, timeline and artifacts render as they come into view. */
async function openWithViews(page: Page) {
  await page.goto('/lab');
  await figure(page, 'missed');
  for (let i = 0; i < 10; i++) {
    await page.mouse.wheel(0, 1000);
    await page.waitForTimeout(100);
  }
}

/** Operates a control by keyboard, as a reader would: focus it, then press each key in turn. */
async function pressOn(page: Page, control: Locator, ...keys: string[]) {
  await control.focus();
  for (const key of keys) await page.keyboard.press(key);
}

const firstNumber = (text: string | null) => Number((text ?? '').replace(/[^\d.].*$/s, '').replace(/,/g, ''));

test.describe('lab', () => {
  test.beforeEach(({}, info) => {
    test.skip(info.project.name !== 'desktop-light' && info.project.name !== 'phone-dark', 'two projects suffice');
  });

  /**
   * On phones the settings groups fold; open the one a test needs. On wide screens every group
   * is shown and says so once hydrated (a click there would not land: the button is inert).
   */
  async function openGroup(page: Page, name: RegExp) {
    const toggle = page.getByRole('button', { name });
    await expect(async () => {
      if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click({ timeout: 1000 });
      await expect(toggle).toHaveAttribute('aria-expanded', 'true', { timeout: 1000 });
    }).toPass();
  }

  test('a longer scrape interval makes pull miss more short jobs; push is unaffected', async ({ page }) => {
    await page.goto('/lab');
    await page.getByLabel('Situation').selectOption('ci-serverless');
    const before = await figure(page, 'never-seen');
    await openGroup(page, /^Pull/);
    const slider = page.getByRole('slider', { name: 'Scrape interval' });
    await expect(slider).toHaveAttribute('aria-valuetext', '15 s');
    await pressOn(page, slider, 'ArrowRight', 'ArrowRight', 'ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuetext', '1 min');
    const after = await figure(page, 'never-seen');
    expect(firstNumber(after.pull)).toBeGreaterThan(firstNumber(before.pull));
    expect(after.push).toBe(before.push);
    // The change is marked and can be undone on its own.
    await page.getByRole('button', { name: 'Reset Scrape interval' }).click();
    await expect(slider).toHaveAttribute('aria-valuetext', '15 s');
  });

  test('a firewalled group is lost to pull but not to push', async ({ page }) => {
    await page.goto('/lab');
    const before = await figure(page, 'never-seen');
    await openGroup(page, /^Fleet/);
    await page.getByRole('switch', { name: 'web: Behind NAT or firewall' }).click();
    const after = await figure(page, 'never-seen');
    // The 20 web instances can no longer be scraped at all.
    expect(firstNumber(after.pull)).toBeGreaterThanOrEqual(firstNumber(before.pull) + 20);
    expect(after.push).toBe(before.push);
    await expect(page.getByRole('region', { name: 'What happened' })).toContainText(/inbound/);
  });

  test('aligned pushes against a small collector raise push’s peak load and failures', async ({ page }) => {
    await page.goto('/lab');
    await page.getByLabel('Situation').selectOption('kubernetes');
    const peakBefore = await figure(page, 'load-peak');
    const failedBefore = await figure(page, 'failed');
    await openGroup(page, /^Push/);
    await page.getByLabel('Push timing').selectOption('aligned');
    const capacity = page.getByRole('slider', { name: 'Collector capacity' });
    await pressOn(page, capacity, 'Home');
    await expect(capacity).toHaveAttribute('aria-valuetext', '10/s');
    const peakAfter = await figure(page, 'load-peak');
    const failedAfter = await figure(page, 'failed');
    expect(firstNumber(peakAfter.push)).toBeGreaterThan(firstNumber(peakBefore.push));
    expect(firstNumber(failedAfter.push)).toBeGreaterThan(firstNumber(failedBefore.push));
    expect(peakAfter.pull).toBe(peakBefore.pull);
  });

  test('a shared link reopens the same view', async ({ page, context }) => {
    await page.goto('/lab');
    await page.getByLabel('Situation').selectOption('iot-nat');
    await expect(page).toHaveURL(/preset=iot-nat/);
    const presetUrl = page.url();
    await openGroup(page, /^Push/);
    const slider = page.getByRole('slider', { name: 'Push interval' });
    await pressOn(page, slider, 'ArrowLeft');
    await expect(slider).toHaveAttribute('aria-valuetext', '20 s');
    const figures = await figure(page, 'missed');
    // The address bar follows the change after a short debounce.
    await expect.poll(() => page.url()).not.toBe(presetUrl);
    const url = page.url();

    const other = await context.newPage();
    await other.goto(url);
    await expect(other.getByLabel('Situation')).toHaveValue('iot-nat');
    await openGroup(other, /^Push/);
    await expect(other.getByRole('slider', { name: 'Push interval' })).toHaveAttribute('aria-valuetext', '20 s');
    expect(await figure(other, 'missed')).toEqual(figures);
  });

  test('a combination the simulation refuses is rolled back, with the reason', async ({ page }) => {
    await page.goto('/lab');
    await openGroup(page, /^Run/);
    const length = page.getByRole('slider', { name: 'Run length' });
    await pressOn(page, length, 'Home');
    await expect(length).toHaveAttribute('aria-valuetext', '1 min');
    await figure(page, 'missed');
    // A 5 min bucket does not fit in a 1 min run: the worker refuses it and the bucket returns.
    const bucket = page.getByRole('slider', { name: 'Chart bucket' });
    await pressOn(page, bucket, 'End');
    await expect(
      page.getByRole('status').filter({ hasText: /not applied: Chart bucket must be <= Run length \(60 s\)/ }),
    ).toBeVisible();
    await expect(bucket).toHaveAttribute('aria-valuetext', '15 s');
    await figure(page, 'missed');
  });

  for (const query of [
    '?s=%%%',
    '?v=1&s=AAAA',
    '?preset=nope',
    '?v=9&s=eyJzZWVkIjotMSwibmV0d29yayI6eyJsb3NzUmF0ZSI6OX19',
  ]) {
    test(`a broken link (${query}) opens with valid values and a notice`, async ({ page }) => {
      await page.goto(`/lab${query}`);
      await expect(page.getByRole('status').filter({ hasText: /link|preset|version|invalid/i })).toBeVisible();
      await figure(page, 'missed');
    });
  }

  test('charts, timeline and artifacts all follow a change; the untouched side keeps its chart', async ({ page }) => {
    await openWithViews(page);
    const curve = (n: number) => page.locator('[data-chart="missed"] .recharts-area-curve').nth(n);
    const pullCurve = await curve(0).getAttribute('d');
    const pushCurve = await curve(1).getAttribute('d');
    const firstRow = page.locator('details tbody tr').first().locator('td').nth(1);
    const pullSummary = await firstRow.textContent();
    await page.getByRole('tab', { name: 'prometheus.yml' }).click();
    const config = page.getByRole('tabpanel', { name: 'prometheus.yml' });
    await expect(config).toContainText('scrape_interval: 15s');

    await openGroup(page, /^Pull/);
    const slider = page.getByRole('slider', { name: 'Scrape interval' });
    await pressOn(page, slider, 'ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuetext', '20 s');
    await figure(page, 'missed');

    await expect(curve(0)).not.toHaveAttribute('d', pullCurve!);
    await expect(curve(1)).toHaveAttribute('d', pushCurve!);
    // These two follow once the browser is idle.
    await expect(firstRow).not.toHaveText(pullSummary!);
    await expect(config).toContainText('scrape_interval: 20s');
  });

  test('with results shown: no overflow and no WCAG 2.2 A/AA violations', async ({ page }) => {
    await openWithViews(page);
    await expect(page.locator('[data-chart="missed"] svg.recharts-surface').first()).toBeAttached();
    await expect(page.getByRole('heading', { name: 'Fleet timeline' })).toBeAttached();
    await expect(page.getByRole('heading', { name: 'The real thing' })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
  });
});
