import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, test } from './fixtures';

/** Opens the lab on a preset and scrolls until the network view (inside the fleet timeline) has rendered. */
async function openNetworkView(page: Page, preset: string) {
  await page.goto(`/lab?preset=${preset}`);
  await expect(page.locator('[data-results][aria-busy="false"]')).toBeVisible();
  const view = page.locator('[data-network-view]');
  await expect(async () => {
    await page.mouse.wheel(0, 800);
    await expect(view).toBeVisible({ timeout: 500 });
  }).toPass();
  await view.scrollIntoViewIfNeeded();
  return view;
}

const timeSlider = (page: Page) =>
  page.getByRole('group', { name: 'Fleet timeline playback' }).getByRole('slider', { name: 'Time' });

test.describe('network view', () => {
  test.beforeEach(({}, info) => {
    test.skip(info.project.name !== 'desktop-light' && info.project.name !== 'phone-dark', 'two projects suffice');
  });

  test('follows the timeline scrubber: short jobs come and go, the Pushgateway store grows', async ({ page }) => {
    const view = await openNetworkView(page, 'pushgateway-wrong');
    const instances = view.locator('[data-instance]');
    const gateway = view.locator('[data-gateway-groups]');
    const slider = timeSlider(page);

    // The view opens on the run's end, like the timeline: jobs have pushed and the store holds them.
    await expect(slider).toHaveAttribute('aria-valuetext', '30 min of 30 min');
    const groupsAtEnd = Number(await gateway.getAttribute('data-gateway-groups'));
    expect(groupsAtEnd).toBeGreaterThan(1);

    await slider.focus();
    await page.keyboard.press('Home');
    await expect(slider).toHaveAttribute('aria-valuetext', '0 s of 30 min');
    await expect(gateway).toHaveAttribute('data-gateway-groups', '0');

    // Moving through the run, the sampled jobs appear and disappear: the count is not constant.
    const counts = new Set<number>();
    for (let tSec = 0; tSec <= 1800; tSec += 150) {
      await slider.fill(String(tSec));
      counts.add(await instances.count());
    }
    expect(counts.size).toBeGreaterThan(1);
    await expectNoHorizontalScroll(page);
  });

  test('draws the firewall, with scrapes of the devices behind it failing there', async ({ page }) => {
    test.setTimeout(60_000); // axe over the whole lab takes a while
    const view = await openNetworkView(page, 'iot-nat');
    await expect(view.locator('[data-firewall]')).toBeVisible();
    await expect(view.getByRole('img', { name: /Network view of the simulation/ })).toBeVisible();
    await expect(view.locator('[data-network-caption]')).toContainText('behind the firewall');
    // Scrubbing through a minute, failed scrapes are drawn as such (every scrape of a sensor fails).
    await timeSlider(page).focus();
    let crosses = 0;
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('ArrowLeft');
      crosses = Math.max(crosses, await view.locator('[data-message="scrape"][data-outcome="failed"]').count());
    }
    expect(crosses).toBeGreaterThan(0);
    // From the top: scrolled, the sticky header covers the controls and axe counts that as overlap.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectNoAxeViolations(page);
  });

  test('describes itself to screen readers, and says more when moved', async ({ page }) => {
    const view = await openNetworkView(page, 'ci-serverless');
    const img = view.getByRole('img', { name: /Network view of the simulation/ });
    await expect(img).toHaveAccessibleDescription(/^At 20 min: \d+ of \d+ sampled instances running\..*Collector:/);
    const summary = view.locator('[data-network-summary]');
    await expect(summary).toHaveAttribute('aria-live', 'polite');
    const slider = timeSlider(page);
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(summary).toHaveText(/^At 0 s: .*Scraper: 0 scrapes so far, 0 failed\./);
  });
});

test.describe('fleet timeline on a phone', () => {
  test.beforeEach(({}, info) => {
    test.skip(!info.project.name.startsWith('phone'), 'phones only');
  });

  test('shows the whole run within the width, at full text size, without sideways scrolling', async ({ page }) => {
    await openNetworkView(page, 'pushgateway-wrong');
    const chart = page.locator('[data-timeline-chart]');
    await chart.scrollIntoViewIfNeeded();
    await expect(page.getByRole('group', { name: 'Zoom' }).getByRole('button', { name: 'Whole run' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const fit = await chart.evaluate((el) => {
      const svg = el.querySelector('svg')!;
      const box = svg.getBoundingClientRect();
      const card = el.closest('.rounded-card')!.getBoundingClientRect();
      const label = svg.querySelector('text tspan, g[transform] text') as SVGTextElement;
      return {
        overflow: el.scrollWidth - el.clientWidth,
        inside: box.left >= card.left && box.right <= card.right,
        // viewBox units per CSS px: 1 means the drawing is not shrunk, so 11 px labels stay 11 px.
        scale: box.width / svg.viewBox.baseVal.width,
        labelPx: label.getBoundingClientRect().height,
        lastTick: [...svg.querySelectorAll('text')].map((t) => t.textContent).includes('30 min'),
      };
    });
    expect(fit.overflow).toBeLessThanOrEqual(0);
    expect(fit.inside).toBe(true);
    expect(fit.scale).toBeGreaterThan(0.99);
    expect(fit.labelPx).toBeGreaterThanOrEqual(10);
    expect(fit.lastTick, 'the axis reaches the run’s end').toBe(true);
    await expectNoHorizontalScroll(page);
  });
});

test.describe('network view, reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test.beforeEach(({}, info) => {
    test.skip(info.project.name !== 'desktop-light', 'one project suffices');
  });

  test('shows the final state, with nothing in flight and no way to play', async ({ page }) => {
    const view = await openNetworkView(page, 'pushgateway-wrong');
    await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', '30 min of 30 min');
    await expect(view.locator('[data-instance]').first()).toBeVisible();
    await expect(view.locator('[data-message]')).toHaveCount(0);
    await expect(
      page.getByRole('group', { name: 'Fleet timeline playback' }).getByRole('button', { name: 'Play' }),
    ).toBeDisabled();
    await expect(view.locator('[data-network-summary]')).toContainText('At 30 min:');
  });
});
