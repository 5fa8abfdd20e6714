// Lab responsiveness in a real browser: time from a slider input to updated figures and chart,
// and main-thread blocking while a slider is "dragged" (a burst of inputs, one per frame).
// Usage: npm run bench:lab   (needs `npm run build` first; serves out/ itself)
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/browser.ts';

const port = 4398;
const server = spawn('node', ['scripts/serve-out.mjs', '--port', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 1500));
const browser = await chromium.launch(chromiumLaunchOptions());

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`http://127.0.0.1:${port}/lab`);
  await page.locator('[data-results][aria-busy="false"]').waitFor();
  // Views below the fold render once scrolled to: bring them all in, as a reader would.
  for (let y = 0; y < 6; y++) {
    await page.mouse.wheel(0, 1200);
    await page.waitForTimeout(150);
  }
  await page.locator('[data-chart="missed"] svg.recharts-surface').first().waitFor();
  // Then watch the charts while the (sticky) settings are changed.
  await page.locator('[data-charts]').evaluate((el) => el.scrollIntoView({ block: 'start' }));

  // Per input: input event → figures settled (aria-busy false) and → chart path redrawn.
  const slider = page.getByRole('slider', { name: 'Scrape interval' });
  const latencies = [];
  for (let i = 0; i < 12; i++) {
    // A change and then a look, as a reader makes it: the views that follow when the browser is
    // idle (timeline, artifacts) have caught up with the previous change. Drags are measured below.
    await page.waitForTimeout(500);
    const key = i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft';
    const measure = page.evaluate(
      () =>
        new Promise((resolve) => {
          const el = document.querySelector('input[aria-label="Scrape interval"]');
          const path = () => document.querySelector('[data-chart="missed"] .recharts-area-curve')?.getAttribute('d');
          const before = path();
          let t0 = 0;
          let figures = 0;
          el.addEventListener('input', () => (t0 = performance.now()), { once: true });
          const poll = () => {
            const results = document.querySelector('[data-results]');
            if (t0 && !figures && results?.getAttribute('aria-busy') === 'false') figures = performance.now() - t0;
            if (t0 && figures && path() !== before) return resolve({ figures, chart: performance.now() - t0 });
            requestAnimationFrame(poll);
          };
          requestAnimationFrame(poll);
        }),
    );
    await slider.focus();
    await page.keyboard.press(key);
    latencies.push(await measure);
    const status = await page.getByText(/Simulated in \d+ ms/).innerText();
    latencies.at(-1).worker = Number(/(\d+) ms/.exec(status)[1]);
  }

  // A drag: 30 inputs, one per ~16 ms frame; sum the main thread's long-task blocking time.
  const start = await page.evaluate(() => performance.now());
  await slider.focus();
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press(i % 10 < 5 ? 'ArrowRight' : 'ArrowLeft');
    await page.waitForTimeout(16);
  }
  await page.locator('[data-results][aria-busy="false"]').waitFor();
  const dragEnd = await page.evaluate(() => performance.now());
  const tasks = await page.evaluate((t) => window.__longTasks.filter((x) => x.start >= t), start);
  const blocking = tasks.reduce((s, t) => s + Math.max(0, t.duration - 50), 0);

  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const max = (xs) => Math.max(...xs);
  console.table([
    {
      measure: 'input → figures (ms)',
      median: +median(latencies.map((l) => l.figures)).toFixed(1),
      max: +max(latencies.map((l) => l.figures)).toFixed(1),
    },
    {
      measure: 'simulation in the worker (ms)',
      median: median(latencies.map((l) => l.worker)),
      max: max(latencies.map((l) => l.worker)),
    },
    {
      measure: 'input → chart redrawn (ms)',
      median: +median(latencies.map((l) => l.chart)).toFixed(1),
      max: +max(latencies.map((l) => l.chart)).toFixed(1),
    },
  ]);
  console.log(
    `drag of 30 inputs over ${Math.round(dragEnd - start)} ms: ${tasks.length} long tasks, ` +
      `total blocking time ${Math.round(blocking)} ms, longest ${Math.round(max([0, ...tasks.map((t) => t.duration)]))} ms`,
  );
} finally {
  await browser.close();
  server.kill();
}
