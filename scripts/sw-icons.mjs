// Renders the installable app's icons (public/icons/*.png, named by public/manifest.webmanifest)
// from app/icon.svg with Chromium, as scripts/og-image.mjs renders the other images.
// Usage: npx tsx scripts/sw-icons.mjs
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/browser.ts';

const icon = readFileSync(new URL('../app/icon.svg', import.meta.url), 'utf8');
const BACKGROUND = '#15171c'; // the icon's own tile colour

/** "any": the rounded tile on transparency, as browsers show it in tabs and launchers. */
const any = (size) => `<body style="margin:0"><div style="width:${size}px;height:${size}px">${icon}</div></body>`;
/**
 * "maskable": launchers crop to their own shape, keeping only a centred circle of 80% of the width.
 * The tile fills the square and the mark shrinks to 84%, so its arrow tips (38% of the width from
 * the centre at full size) stay 32% from it, inside that circle.
 */
const maskable = (size) =>
  `<body style="margin:0;background:${BACKGROUND};display:grid;place-items:center;width:${size}px;height:${size}px">` +
  `<div style="width:${size * 0.84}px;height:${size * 0.84}px">${icon.replace('rx="8"', 'rx="0"')}</div></body>`;

const icons = [
  { file: 'icon-192.png', size: 192, html: any },
  { file: 'icon-512.png', size: 512, html: any },
  { file: 'maskable-512.png', size: 512, html: maskable },
];

const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage();
for (const { file, size, html } of icons) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(html(size));
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: true });
}
await browser.close();
console.log(`Rendered ${icons.length} icons into public/icons/.`);
