import { LESSONS } from '../lib/lessons/catalogue';
import { expect, test } from './fixtures';

test.describe('course navigation', () => {
  test('lesson links say which lesson, with no stray punctuation', async ({ page }) => {
    await page.goto(`/lessons/${LESSONS[1].slug}`);
    const nav = page.getByRole('navigation', { name: 'Lessons' });
    await expect(nav.getByRole('link', { name: `← Lesson 1 ${LESSONS[0].title}` })).toBeVisible();
    await expect(nav.getByRole('link', { name: `Lesson 3 → ${LESSONS[2].title}` })).toBeVisible();
    await expect(nav).not.toContainText('→:');
  });

  test('the last lesson leads on to Study and the mock interview', async ({ page }) => {
    await page.goto(`/lessons/${LESSONS[LESSONS.length - 1].slug}`);
    const onward = page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: /Course complete/ });
    await expect(onward).toHaveAttribute('href', /\/study#mock$/);
    await onward.click();
    await expect(page.getByRole('tab', { name: 'Mock interview' })).toHaveAttribute('aria-selected', 'true');
  });

  test('the sticky header is opaque, so text never shows through it', async ({ page }) => {
    await page.goto(`/lessons/${LESSONS[0].slug}`);
    // A canvas reads any CSS colour syntax (rgba, color(), oklab) back as 8-bit RGBA.
    const alpha = await page
      .locator('header')
      .first()
      .evaluate((h) => {
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.fillStyle = getComputedStyle(h).backgroundColor;
        ctx.fillRect(0, 0, 1, 1);
        return ctx.getImageData(0, 0, 1, 1).data[3];
      });
    expect(alpha).toBe(255);
  });
});
