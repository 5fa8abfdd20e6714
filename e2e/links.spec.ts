import { LINK_FORMAT } from '../lib/scenario/url';
import { expect, expectNoHorizontalScroll, test } from './fixtures';

const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

test.describe('shared links', () => {
  test.beforeEach(({}, info) => {
    test.skip(info.project.name !== 'desktop-light' && info.project.name !== 'phone-light', 'two projects suffice');
  });

  test('a deeply nested link opens with a notice instead of stopping the simulation', async ({ page }) => {
    // The 5 KB link that overflowed the worker's stack ("Maximum call stack size exceeded").
    await page.goto(`/lab?v=1&s=${b64url(`{"x":${'['.repeat(2000)}${']'.repeat(2000)}}`)}`);
    await expect(page.getByRole('status').filter({ hasText: /nest too deeply/ })).toBeVisible();
    await expect(page.locator('[data-results][aria-busy="false"]')).toBeVisible();
    await expect(page.getByText(/stopped unexpectedly/)).toHaveCount(0);
  });

  test('a huge unknown field is named briefly', async ({ page }) => {
    await page.goto(`/lab?v=${LINK_FORMAT}&s=${b64url(JSON.stringify({ ['k'.repeat(9000)]: 1, seed: 3 }))}`);
    const notice = page.getByRole('status').filter({ hasText: /invalid and reset/ });
    await expect(notice).toBeVisible();
    expect((await notice.textContent())?.length).toBeLessThan(200);
    // Its one long word wraps instead of widening a phone's page.
    await expectNoHorizontalScroll(page);
  });

  test('Copy link says so on the button and copies a link that reopens the same view', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/lab');
    await page.getByLabel('Situation').selectOption('iot-nat');
    await page.locator('[data-results][aria-busy="false"]').waitFor();
    const button = page.getByRole('button', { name: /Copy link|Copied/ });
    await button.click();
    await expect(button).toHaveText('✓ Copied');
    await expect(page.getByText('Link copied to the clipboard.')).toBeAttached();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).search).toBe(`?v=${LINK_FORMAT}&preset=iot-nat`);
    await expect(button).toHaveText('Copy link', { timeout: 5000 });

    const other = await context.newPage();
    await other.goto(copied);
    await expect(other.getByLabel('Situation')).toHaveValue('iot-nat');
    await expect(other.getByRole('status').filter({ hasText: /link/i })).toHaveCount(0);
  });
});
