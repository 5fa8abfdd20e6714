// Renders public/og.png (1200x630), public/apple-touch-icon.png and public/favicon.ico with Chromium.
// Usage: npx tsx scripts/og-image.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/browser.ts';

const icon = readFileSync(new URL('../app/icon.svg', import.meta.url), 'utf8');
const og = `<!doctype html><html><body style="margin:0;width:1200px;height:630px;background:#0e1014;color:#e9ebef;
font-family:system-ui,sans-serif;display:flex;flex-direction:column;justify-content:center;padding:0 90px;box-sizing:border-box">
<div style="display:flex;align-items:center;gap:24px"><div style="width:96px;height:96px">${icon}</div>
<div style="font-size:44px;font-weight:700">PushPull Lab</div></div>
<div style="font-size:68px;font-weight:800;line-height:1.05;margin-top:40px;letter-spacing:-1px">
<span style="color:#56b4e9">Pull</span> or <span style="color:#e69f00">push</span>?<br>Watch both watch the same fleet.</div>
<div style="font-size:30px;color:#a0a8b6;margin-top:32px">Interactive lessons, a simulator lab and interview study on monitoring.</div>
</body></html>`;
const apple = `<!doctype html><html><body style="margin:0;width:180px;height:180px;background:#15171c">
<div style="width:180px;height:180px">${icon.replace('rx="8"', 'rx="0"')}</div></body></html>`;

const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(og);
await page.screenshot({ path: 'public/og.png' });
await page.setViewportSize({ width: 180, height: 180 });
await page.setContent(apple);
await page.screenshot({ path: 'public/apple-touch-icon.png' });

// favicon.ico: browsers still ask for it; an ICO may hold PNG images, one per size.
const pngs = [];
for (const size of [16, 32, 48]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<body style="margin:0"><div style="width:${size}px;height:${size}px">${icon}</div></body>`);
  pngs.push({ size, data: await page.screenshot({ omitBackground: true }) });
}
await browser.close();
const header = Buffer.alloc(6 + 16 * pngs.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2); // type: icon
header.writeUInt16LE(pngs.length, 4);
let offset = header.length;
pngs.forEach(({ size, data }, i) => {
  const e = 6 + 16 * i;
  header.writeUInt8(size, e);
  header.writeUInt8(size, e + 1);
  header.writeUInt16LE(1, e + 4); // colour planes
  header.writeUInt16LE(32, e + 6); // bits per pixel
  header.writeUInt32LE(data.length, e + 8);
  header.writeUInt32LE(offset, e + 12);
  offset += data.length;
});
writeFileSync('public/favicon.ico', Buffer.concat([header, ...pngs.map((p) => p.data)]));
