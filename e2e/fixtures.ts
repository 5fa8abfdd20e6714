import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every test fails on a console error or an uncaught page error, unless it names the messages it
 * expects (a 404 page legitimately logs its own 404).
 */
export const test = base.extend<{ consoleErrors: string[]; allowConsole: (re: RegExp) => void }>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`${msg.text()} (${msg.location().url})`);
    });
    page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
    // Name the failing URL: Chromium's console message for a failed load does not.
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${new URL(r.url()).pathname}`);
    });
    await use(errors);
  },
  allowConsole: [
    async ({ consoleErrors }, use) => {
      const allowed: RegExp[] = [];
      await use((re) => allowed.push(re));
      const unexpected = consoleErrors.filter((e) => !allowed.some((re) => re.test(e)));
      expect(unexpected, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * WCAG 2.2 A and AA, as axe-core checks them (2.2 adds the 24 px target size). Blocks that
 * content-visibility skips while off-screen are rendered first, so they are checked too.
 */
export async function expectNoAxeViolations(page: Page) {
  await page.addStyleTag({ content: '.defer-render { content-visibility: visible !important; }' });
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, 'axe violations').toEqual([]);
}

/** Nothing may make the page wider than the viewport. */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
}
