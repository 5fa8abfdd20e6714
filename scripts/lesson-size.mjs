// Each lesson's size as a reader meets it: words of prose (the MDX, as the reading time counts
// them), words on the page (the visible lesson body with every simulation loaded, its results left
// out: figures, charts, timeline; a collapsed artifact counted by the lines its excerpt shows) and
// the page's height in CSS px at 1280 px wide.
// Usage: npx tsx scripts/lesson-size.mjs   (serve out/ first; BASE_URL defaults to http://127.0.0.1:3000)
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/browser.ts';
import { LESSONS } from '../lib/lessons/catalogue.ts';
import { openLessonWithSimulations } from './lesson-page.mjs';
import { wordCount } from '../lib/lessons/reading-time.ts';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
const width = Number(process.env.WIDTH ?? 1280);

const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width, height: 800 } });
console.log(['lesson', 'prose words', 'page words', `height at ${width} px`].join('\t'));
for (const { slug } of LESSONS) {
  await openLessonWithSimulations(page, base, slug);
  await page.waitForTimeout(500); // lazy charts and views settle
  const { words, height } = await page.evaluate(() => {
    const height = document.documentElement.scrollHeight;
    // What a reader sees: innerText skips hidden text (collapsed listings, closed details).
    const hide = document.createElement('style');
    hide.textContent = '[data-results] { display: none !important; }';
    document.head.append(hide);
    // A collapsed listing scrolls inside its box: innerText would count all of it, a reader sees
    // the excerpt. Count the lines that fit, then put the listing back as it was.
    const listings = [...document.querySelectorAll('[data-artifact] pre')].filter(
      (p) => p.scrollHeight > p.clientHeight + 1,
    );
    const whole = listings.map((pre) => {
      const style = getComputedStyle(pre);
      const fits =
        (pre.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)) /
        parseFloat(style.lineHeight);
      const code = pre.firstElementChild;
      const text = code.textContent;
      code.textContent = text.split('\n').slice(0, Math.round(fits)).join('\n');
      return text;
    });
    const text = document.querySelector('[data-lesson-body]').innerText;
    listings.forEach((pre, i) => (pre.firstElementChild.textContent = whole[i]));
    hide.remove();
    return { words: text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length, height };
  });
  const prose = wordCount(readFileSync(`components/lessons/content/${slug}.mdx`, 'utf8'));
  console.log([slug, prose, words, height].join('\t'));
}
await browser.close();
