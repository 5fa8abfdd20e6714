// Screenshots of routes at desktop and phone widths in light and dark, for looking at the product.
// Usage: node scripts/screenshots.mjs [outDir] [route ...]   (serve out/ first: npm run serve)
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
      const file = `${outDir}/${path === '/' ? 'home' : path.slice(1).replaceAll('/', '_')}-${name}-${colorScheme}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await context.close();
  }
}
await browser.close();
