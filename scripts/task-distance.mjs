// How far each lesson task sits from the controls it is about, in CSS px, at 1280 and 390 px wide:
// the vertical gap between a task and the nearest edge of its simulation's knobs (0 when beside).
// Usage: npx tsx scripts/task-distance.mjs   (serve out/ first; BASE_URL defaults to http://127.0.0.1:3000)
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/browser.ts';
import { LESSONS } from '../lib/lessons/catalogue.ts';
import { openLessonWithSimulations } from './lesson-page.mjs';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
const widths = [1280, 390];
const CONTROLS = 'input[type="range"], [role="switch"], select';

const browser = await chromium.launch(chromiumLaunchOptions());
const rows = [];
for (const width of widths) {
  const page = await browser.newPage({ viewport: { width, height: 844 } });
  for (const { slug } of LESSONS) {
    await openLessonWithSimulations(page, base, slug);
    for (const sim of await page.locator('[data-sim]').all()) {
      const gaps = await sim.evaluate((el, controls) => {
        // The simulation's knobs, not the timeline's own scrubber and speed inside the results.
        const knobs = [...el.querySelectorAll(controls)].filter((c) => !c.closest('[data-results]'));
        const boxes = knobs.map((c) => c.getBoundingClientRect());
        const top = Math.min(...boxes.map((b) => b.top));
        const bottom = Math.max(...boxes.map((b) => b.bottom));
        return [...el.querySelectorAll('[data-task]')].map((t) => {
          const r = t.getBoundingClientRect();
          return { task: t.getAttribute('data-task'), px: Math.round(Math.max(0, r.top - bottom, top - r.bottom)) };
        });
      }, CONTROLS);
      const id = await sim.getAttribute('data-sim');
      for (const g of gaps) rows.push({ width, lesson: slug, sim: id, ...g });
    }
  }
  await page.close();
}
await browser.close();
for (const r of rows) console.log([r.width, r.lesson, r.sim, r.task, r.px].join('\t'));
