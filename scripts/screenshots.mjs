// Screenshots of routes at desktop and phone widths in light and dark, for looking at the product.
// Usage: npm run screenshots -- [outDir] [route ...]   (serve out/ first: npm run serve)
// SEGMENT=1200 also writes the full page cut into 1200 px tall slices, easier to read than one tall image.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/browser.ts';

const [outDir = 'screenshots', ...routes] = process.argv.slice(2);
const base = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
const paths = routes.length ? routes : ['/', '/lessons', '/lab', '/study', '/missing'];
const sizes = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  { name: 'phone', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
];

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions());
for (const size of sizes) {
  for (const colorScheme of ['light', 'dark']) {
    const { name, ...options } = size;
    const context = await browser.newContext({ ...options, colorScheme });
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(base + path, { waitUntil: 'networkidle' });
      // A full-page capture is not "on screen" for content-visibility: show deferred blocks as a
      // reader scrolling by would see them.
      await page.addStyleTag({ content: '.defer-render { content-visibility: visible !important; }' });
      const file = `${outDir}/${path === '/' ? 'home' : path.slice(1).replaceAll('/', '_')}-${name}-${colorScheme}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      const slice = Number(process.env.SEGMENT ?? 0);
      if (slice > 0) {
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0, i = 0; y < height; y += slice, i++) {
          const clip = { x: 0, y, width: options.viewport.width, height: Math.min(slice, height - y) };
          await page.screenshot({ path: file.replace('.png', `.${i}.png`), fullPage: true, clip });
        }
      }
    }
    await context.close();
  }
}
await browser.close();
