// The network view's frame rate while playing, on a 390 px phone viewport with the CPU slowed 4x
// (Chrome DevTools' "4x slowdown", CDP Emulation.setCPUThrottlingRate), the setting Lighthouse
// uses for mobile.
// Usage: npx tsx scripts/bench-network.mjs [preset] [port]   (needs `npx next build` first; serves out/ itself)
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/browser.ts';

const preset = process.argv[2] ?? 'pushgateway-wrong';
const port = Number(process.argv[3] ?? 4421);
const MEASURE_MS = 6000;

const server = spawn('node', ['scripts/serve-out.mjs', '--port', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 1500));
const browser = await chromium.launch(chromiumLaunchOptions());

try {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true });
  await page.goto(`http://127.0.0.1:${port}/lab?preset=${preset}`);
  await page.locator('[data-results][aria-busy="false"]').waitFor();
  for (let i = 0; i < 20 && !(await page.locator('[data-network-view]').count()); i++) {
    await page.mouse.wheel(0, 800);
    await page.waitForTimeout(200);
  }
  const view = page.locator('[data-network-view]');
  await view.waitFor();
  await view.evaluate((el) => el.scrollIntoView({ block: 'start' }));

  // BENCH_HIDE=css selector: hide a part (display: none) to see what it costs.
  if (process.env.BENCH_HIDE)
    await page.addStyleTag({ content: `${process.env.BENCH_HIDE} { display: none !important; }` });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.BENCH_THROTTLE ?? 4) });

  const group = page.getByRole('group', { name: 'Fleet timeline playback' });
  await group.getByRole('slider', { name: 'Time' }).focus();
  await page.keyboard.press('Home');
  await group.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(500); // past the first frames after Play

  const result = await page.evaluate(
    (ms) =>
      new Promise((resolve) => {
        const gaps = [];
        let messages = 0;
        let last = performance.now();
        const start = last;
        requestAnimationFrame(function frame(now) {
          gaps.push(now - last);
          last = now;
          messages = Math.max(messages, document.querySelectorAll('[data-message]').length);
          if (now - start < ms) requestAnimationFrame(frame);
          else resolve({ frames: gaps.length, ms: now - start, gaps, messages });
        });
      }),
    MEASURE_MS,
  );
  const sorted = [...result.gaps].sort((a, b) => a - b);
  const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  console.log(
    JSON.stringify(
      {
        preset,
        viewport: '390x844',
        cpuThrottling: Number(process.env.BENCH_THROTTLE ?? 4),
        hidden: process.env.BENCH_HIDE ?? null,
        fps: Number(((result.frames * 1000) / result.ms).toFixed(1)),
        frameMsMedian: Number(pct(0.5).toFixed(1)),
        frameMsP95: Number(pct(0.95).toFixed(1)),
        framesOver50Ms: sorted.filter((g) => g > 50).length,
        mostMessagesOnScreen: result.messages,
      },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
  server.kill();
}
