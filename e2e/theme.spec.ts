import { expect, expectNoAxeViolations, test } from './fixtures';

test('follows the system theme by default', async ({ page }, info) => {
  await page.goto('/');
  const dark = info.project.use.colorScheme === 'dark';
  await expect(page.locator('html')).toHaveClass(dark ? /\bdark\b/ : /\blight\b/);
});

test('the toggle cycles themes, persists across reloads and never paints the wrong one first', async ({ page }) => {
  await page.goto('/');
  const toggle = page.getByRole('button', { name: /Colour theme/ });
  await expect(toggle).toHaveAccessibleName(/System/);
  await toggle.click(); // system -> light
  await expect(page.locator('html')).toHaveClass(/\blight\b/);
  await toggle.click(); // light -> dark
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await expect(toggle).toHaveAccessibleName(/Colour theme: Dark/);

  // The class must already be right in the first paint of a fresh load: read it before any script
  // of ours could run, from the DOM as parsed with the inline theme script.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __firstClass: string }).__firstClass = document.documentElement.className;
    });
  });
  await page.reload();
  const first = await page.evaluate(() => (window as unknown as { __firstClass: string }).__firstClass);
  expect(first).toMatch(/\bdark\b/);
  await expectNoAxeViolations(page);
  await page.goto('/lab');
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
});
