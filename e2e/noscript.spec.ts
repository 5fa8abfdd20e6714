import { expect, test } from './fixtures';
import { builtPages } from '../scripts/built-pages';

/*
 * Without JavaScript the lessons read in full, and the pages that need it say so where the reader
 * is looking. The same page with JavaScript is the reference for "in full".
 */

const NOTICE = /This page needs JavaScript/;
const NEEDS_SCRIPT = ['/lab', '/study'];
const lessons = builtPages()
  .map((p) => p.route)
  .filter((r) => r.startsWith('/lessons/'));

test.describe('without JavaScript', () => {
  test.beforeEach(({}, info) => {
    test.skip(info.project.name !== 'desktop-light', 'one project suffices');
  });

  for (const route of NEEDS_SCRIPT) {
    test(`${route} says it needs JavaScript, and says nothing when it has it`, async ({ page, browser }) => {
      const off = await browser.newContext({ javaScriptEnabled: false });
      const bare = await off.newPage();
      await bare.goto(route);
      await expect(bare.getByRole('note').filter({ hasText: NOTICE })).toBeVisible();
      await off.close();
      await page.goto(route);
      await expect(page.getByText(NOTICE)).toHaveCount(0);
    });
  }

  for (const route of lessons) {
    test(`${route} reads in full: every heading and paragraph of its prose, no notice`, async ({ page, browser }) => {
      // Prose only: simulations and the quiz are interactive and rightly need the script.
      const prose = (p: typeof page) =>
        p
          .locator('main :is(h1, h2, h3, p, li)')
          .filter({ visible: true })
          .evaluateAll((els) =>
            els
              .filter((e) => !e.closest('[data-sim], [data-quiz], nav, noscript'))
              .map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim())
              .filter(Boolean),
          );
      await page.goto(route);
      await page.addStyleTag({ content: '.defer-render { content-visibility: visible !important; }' });
      const withScript = await prose(page);
      const off = await browser.newContext({ javaScriptEnabled: false });
      const bare = await off.newPage();
      await bare.goto(route);
      const withoutScript = new Set(await prose(bare));
      await expect(bare.getByText(NOTICE)).toHaveCount(0);
      await off.close();
      expect(withScript.length).toBeGreaterThan(5);
      expect(withScript.filter((text) => !withoutScript.has(text))).toEqual([]);
    });
  }
});
