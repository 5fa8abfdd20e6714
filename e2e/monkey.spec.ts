import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * A seeded monkey: random clicks, keys, slider drags, resizes and theme switches on each main page.
 * Bounded in actions and in time, and reproducible: a failure names its seed and the actions so far.
 * The fixture fails the test on any uncaught error or console error; the monkey also fails when a
 * feature's error boundary (or the framework's error page) shows up.
 */

const PAGES = ['/', '/lab', '/lessons/short-lived-jobs', '/study'];
const ACTIONS_PER_PAGE = 160;
const TIME_PER_PAGE_MS = 50_000;
const SEED = Number(process.env.MONKEY_SEED ?? 20261201);

/** mulberry32: a tiny seeded generator, so a run can be replayed from its seed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = [
  'Tab',
  'Shift+Tab',
  'Enter',
  'Space',
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'Escape',
  '1',
  '2',
  '3',
  '4',
  ' ',
];
const SIZES = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
];

/**
 * Targets the monkey may press: controls on this page. Links that leave the page are left out
 * (they would end the walk, and routes.spec covers them), as are downloads and print.
 */
const CLICKABLE = [
  'button:not([disabled])',
  'input:not([disabled]):not([type="file"])',
  'select:not([disabled])',
  'summary',
  '[role="tab"]',
  '[role="switch"]',
  'a[href^="#"]',
].join(',');

async function failureShown(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const boundary = document.querySelector('[data-error-boundary]');
    if (boundary) return `error boundary: ${boundary.textContent?.slice(0, 200)}`;
    const text = document.body?.innerText ?? '';
    if (/Application error: a client-side exception/.test(text)) return 'framework error page';
    return null;
  });
}

async function act(page: Page, random: () => number, log: string[]) {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const r = random();
  if (r < 0.5) {
    const targets = page.locator(CLICKABLE);
    const n = await targets.count();
    if (!n) return;
    const i = Math.floor(random() * n);
    const target = targets.nth(i);
    if (!(await target.isVisible().catch(() => false))) return;
    const tag = await target.evaluate(
      (el) =>
        `${el.tagName.toLowerCase()}${el.getAttribute('aria-label') ? `[${el.getAttribute('aria-label')}]` : ''} ${el.textContent?.trim().slice(0, 30) ?? ''}`,
    );
    if (/download|export|print|png|csv/i.test(tag)) return;
    log.push(`click ${tag}`);
    if ((await target.evaluate((el) => el.tagName)) === 'SELECT') {
      const options = await target.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      if (options.length) await target.selectOption(pick(options), { timeout: 2000 }).catch(() => {});
    } else {
      await target.click({ timeout: 2000, trial: false }).catch(() => {});
    }
  } else if (r < 0.75) {
    const key = pick(KEYS);
    log.push(`key ${key}`);
    await page.keyboard.press(key === ' ' ? 'Space' : key);
  } else if (r < 0.9) {
    const sliders = page.locator('input[type="range"]:visible, [role="slider"]:visible');
    const n = await sliders.count();
    if (!n) return;
    const slider = sliders.nth(Math.floor(random() * n));
    const box = await slider.boundingBox().catch(() => null);
    if (!box) return;
    const from = box.x + random() * box.width;
    const to = box.x + random() * box.width;
    const y = box.y + box.height / 2;
    log.push(`drag slider ${Math.round(from)}→${Math.round(to)}`);
    await page.mouse.move(from, y);
    await page.mouse.down();
    for (let s = 1; s <= 5; s++) await page.mouse.move(from + ((to - from) * s) / 5, y);
    await page.mouse.up();
  } else if (r < 0.96) {
    const size = pick(SIZES);
    log.push(`resize ${size.width}`);
    await page.setViewportSize(size);
  } else {
    const toggle = page.getByRole('button', { name: /theme/i }).first();
    if (await toggle.isVisible().catch(() => false)) {
      log.push('theme');
      await toggle.click({ timeout: 2000 }).catch(() => {});
    }
  }
}

test.describe('monkey', () => {
  test.beforeEach(({}, info) => {
    test.skip(info.project.name !== 'desktop-light' && info.project.name !== 'phone-dark', 'two projects suffice');
  });

  for (const [index, path] of PAGES.entries()) {
    test(`random use of ${path} breaks nothing`, async ({ page }, info) => {
      test.setTimeout(TIME_PER_PAGE_MS + 40_000);
      const seed = SEED + index + (info.project.name === 'phone-dark' ? 1000 : 0);
      const random = rng(seed);
      const log: string[] = [];
      // Clicks may open a new page only by mistake; keep the walk on its page.
      page.on('popup', (p) => void p.close());
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const deadline = Date.now() + TIME_PER_PAGE_MS;
      let done = 0;
      try {
        for (; done < ACTIONS_PER_PAGE && Date.now() < deadline; done++) {
          await act(page, random, log);
          // A click may follow a same-page link or submit; come back to the page under test.
          if (new URL(page.url()).pathname.replace(/\.html$/, '') !== path) {
            log.push(`back from ${new URL(page.url()).pathname}`);
            await page.goto(path);
          }
          const failure = await failureShown(page);
          expect(failure, `seed ${seed}, after: ${log.slice(-8).join(' | ')}`).toBeNull();
        }
      } finally {
        // The walk, for replaying a failure (an uncaught error is reported after the test body).
        await info.attach('monkey-actions.txt', { body: log.map((l, i) => `${i + 1}. ${l}`).join('\n') });
      }
      info.annotations.push({ type: 'monkey', description: `seed ${seed}: ${done} actions on ${path}` });
      expect(done).toBeGreaterThan(20);
    });
  }
});
