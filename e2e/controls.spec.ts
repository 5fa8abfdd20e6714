import { expect, test } from './fixtures';

/** The switch's knob, measured against its track: where a reader sees it, not what its class says. */
async function geometry(page: import('@playwright/test').Page) {
  return page
    .getByRole('switch')
    .first()
    .evaluate((button) => {
      const track = button.querySelector(':scope > span[aria-hidden="true"]')!;
      const knob = track.firstElementChild!;
      const t = track.getBoundingClientRect();
      const k = knob.getBoundingClientRect();
      const label = button.querySelector(':scope > span:not([aria-hidden])')!.getBoundingClientRect();
      return {
        on: button.getAttribute('aria-checked') === 'true',
        leftGap: k.left - t.left,
        rightGap: t.right - k.right,
        labelGap: label.left - t.right,
      };
    });
}

test.beforeEach(({}, info) => {
  // The same component in both themes; phones fold the settings groups, which lab.spec covers.
  test.skip(!info.project.name.startsWith('desktop'), 'desktop light and dark');
});

test('a switch draws its knob inside the track: left when off, right when on', async ({ page }) => {
  await page.goto('/lab');
  const sw = page.getByRole('switch').first();
  await sw.scrollIntoViewIfNeeded();
  for (let flip = 0; flip < 2; flip++) {
    // Wait out the knob's slide before measuring.
    await page.waitForTimeout(300);
    const g = await geometry(page);
    expect(g.leftGap, 'knob starts inside the track').toBeGreaterThanOrEqual(1);
    expect(g.rightGap, 'knob ends inside the track').toBeGreaterThanOrEqual(1);
    expect(g.labelGap, 'the track stays clear of the On/Off label').toBeGreaterThan(0);
    if (g.on) expect(g.rightGap).toBeLessThan(g.leftGap);
    else expect(g.leftGap).toBeLessThan(g.rightGap);
    await sw.click();
  }
});
