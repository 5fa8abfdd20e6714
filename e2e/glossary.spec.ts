import { FIGURE_IDS, FIGURES } from '../lib/figures/registry';
import { GLOSSARY } from '../lib/glossary/terms';
import { expect, expectNoAxeViolations, test } from './fixtures';

test.describe('glossary and definitions', () => {
  test('the glossary lists every term, figures included, and is axe clean', async ({ page }) => {
    await page.goto('/glossary');
    await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
    await expect(page.locator('dl > div[id]')).toHaveCount(GLOSSARY.length);
    for (const id of FIGURE_IDS) await expect(page.locator(`[id="${id}"] dt`)).toHaveText(FIGURES[id].label);
    await expectNoAxeViolations(page);
  });

  test('the footer links to the glossary', async ({ page }) => {
    await page.goto('/lessons');
    await page.getByRole('navigation', { name: 'Footer' }).getByRole('link', { name: 'Glossary' }).click();
    await expect(page).toHaveURL(/\/glossary\/?$/);
  });

  test('a figure’s definition opens by keyboard and closes with Escape', async ({ page }) => {
    await page.goto('/lab');
    const table = page.getByRole('table', { name: /Headline figures/ });
    const button = table.getByRole('button', { name: 'What “Counts lost” means' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    const definition = page.locator(`[id="${await button.getAttribute('aria-controls')}"]`);
    await expect(definition).toBeHidden();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(definition).toBeVisible();
    await expect(definition).toContainText(FIGURES['counts-lost'].hint);
    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(definition).toBeHidden();
  });

  test('a figure’s definition opens by tap on a phone and links into the glossary', async ({ page }, info) => {
    test.skip(!info.project.name.startsWith('phone'), 'touch');
    await page.goto('/lab');
    const button = page.getByRole('button', { name: 'What “Timestamp error” means' });
    await button.tap();
    const definition = page.locator(`[id="${await button.getAttribute('aria-controls')}"]`);
    await expect(definition).toBeVisible();
    await definition.getByRole('link', { name: 'In the glossary' }).tap();
    await expect(page).toHaveURL(/\/glossary\/?#timestamp-error$/);
    await expect(page.locator('[id="timestamp-error"]')).toBeInViewport();
  });

  test('a lesson’s <Term> links to its entry and shows the definition in place', async ({ page }) => {
    await page.goto('/lessons/pull-in-practice');
    const toggle = page.getByRole('button', { name: 'What “up” means' });
    await toggle.click();
    await expect(page.locator(`[id="${await toggle.getAttribute('aria-controls')}"]`)).toContainText(
      '1 when the scrape',
    );
    await page.getByRole('link', { name: 'up', exact: true }).first().click();
    await expect(page).toHaveURL(/\/glossary\/?#up$/);
  });
});

test.describe('lesson polish', () => {
  test('lesson 6’s switches have distinct names, visible and accessible', async ({ page }) => {
    await page.goto('/lessons/reachability');
    const sim = page.locator('[data-sim="behind-nat"]');
    await sim.scrollIntoViewIfNeeded();
    await expect(sim.getByRole('switch', { name: 'sensor: Behind NAT or firewall', exact: true })).toBeVisible();
    await expect(sim.getByRole('switch', { name: 'gateway: Behind NAT or firewall', exact: true })).toBeVisible();
    await expect(sim.locator('label', { hasText: /^Behind NAT or firewall$/ })).toHaveCount(0);
  });

  test('an artifact starts as an excerpt, shows all on request, and follows the knobs', async ({ page }, info) => {
    test.skip(info.project.name !== 'desktop-light', 'one project suffices');
    await page.goto('/lessons/pull-in-practice');
    const artifact = page.locator('[data-artifact="prometheus-config"]');
    const listing = artifact.locator('pre');
    const collapsed = await listing.evaluate((el) => el.clientHeight);
    const more = artifact.getByRole('button', { name: /^Show all \d+ lines$/ });
    await more.click();
    await expect(artifact.getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');
    expect(await listing.evaluate((el) => el.clientHeight)).toBeGreaterThan(collapsed);
    // Move the scrape interval in the simulation: the listing rebuilds from the new settings.
    const sim = page.locator('[data-sim="scrape-config"]');
    await sim.scrollIntoViewIfNeeded();
    const slider = sim.getByRole('slider', { name: 'Scrape interval', exact: true });
    const before = await listing.textContent();
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(listing).not.toHaveText(before ?? '');
    await expect(listing).toContainText(
      `scrape_interval: ${(await slider.getAttribute('aria-valuetext'))?.replace(' ', '')}`,
    );
  });

  test('the lab’s situation line describes a lesson’s fleet, not the defaults', async ({ page }) => {
    await page.goto('/lessons/two-models');
    const sim = page.locator('[data-sim="who-sets-the-pace"]');
    await sim.scrollIntoViewIfNeeded();
    await sim.getByRole('link', { name: /lab/i }).first().click();
    await expect(page.locator('#preset-summary')).toContainText('10 long-running web instances');
    await expect(page.locator('#preset-summary')).not.toContainText(/Twenty|20 long-running/);
  });
});

test('the printed cheat sheet, with complete one-line answers, fits one A4 page', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop-light', 'page.pdf prints in Chromium only; one project suffices');
  await page.goto('/study/cheat-sheet');
  await expect(page.getByText('Neither by itself:')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
});
