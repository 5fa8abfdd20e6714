import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { builtPages } from '../scripts/built-pages';
import { expect, test } from './fixtures';

/*
 * The installable, offline site (scripts/sw.ts): once one page has been visited and its service
 * worker controls it, every page of the export opens with no network, and simulations run there.
 */
test.use({ serviceWorkers: 'allow' });

const SERVICE_WORKER = join(process.cwd(), 'out', 'sw.js');

/** Opens the home page and waits until the service worker has precached the site and controls it. */
async function visitOnce(page: Page) {
  await page.goto('/');
  await page.waitForFunction(
    () => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined,
    null,
    {
      timeout: 60_000,
    },
  );
}

/** The network is really gone, for the page and its service worker: a file the worker never precached fails. */
async function expectNoNetwork(page: Page) {
  const fetched = await page.evaluate(() =>
    fetch(`/og.png?probe=${Date.now()}`).then(
      () => 'loaded',
      () => 'failed',
    ),
  );
  expect(fetched, 'a file outside the precache, fetched offline').toBe('failed');
}

/** Waits until a simulation (the lab's, or a lesson's) has run in the worker and shows its figures. */
async function expectSimulationRan(scope: ReturnType<Page['locator']>) {
  const results = scope.locator('[data-results][aria-busy="false"]');
  await expect(results.getByRole('table', { name: /Headline figures/ })).toBeVisible();
  await expect(results.locator('[data-figure] td[data-value]').first()).toHaveAttribute('data-value', /\d/);
}

test.describe('offline', () => {
  test.describe.configure({ timeout: 120_000 });
  test.beforeEach(({}, info) => {
    test.skip(info.project.name !== 'desktop-light' && info.project.name !== 'phone-dark', 'two projects suffice');
  });

  test('the site is installable: its manifest names a start URL and 192/512 px icons, one maskable', async ({
    page,
    request,
  }) => {
    await page.goto('/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifest = await (await request.get(href!)).json();
    expect(manifest).toMatchObject({ name: 'PushPull Lab', start_url: '/', display: 'standalone' });
    const icons: { src: string; sizes: string; purpose?: string }[] = manifest.icons;
    expect(icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(icons.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of icons) {
      const response = await request.get(icon.src);
      expect(response.ok(), icon.src).toBe(true);
      expect(response.headers()['content-type']).toBe('image/png');
    }
  });

  test('every page opens offline, and simulations run in the lab and in a lesson', async ({
    page,
    context,
    allowConsole,
  }) => {
    allowConsole(/ERR_INTERNET_DISCONNECTED \(.*\/og\.png\?probe=/);
    await visitOnce(page);
    await context.setOffline(true);
    await expectNoNetwork(page);

    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(5);
    for (const { route } of pages) {
      const response = await page.goto(route);
      expect(response?.fromServiceWorker(), `${route} served by the service worker`).toBe(true);
      await expect(page.getByRole('heading', { level: 1 }), route).toBeVisible();
    }

    await page.goto('/lab');
    await expectSimulationRan(page.locator('main'));
    // A reload offline, as a learner on a train would.
    await page.reload();
    await expectSimulationRan(page.locator('main'));

    const lesson = pages.find(({ route }) => route.startsWith('/lessons/'));
    expect(lesson, 'a lesson page').toBeDefined();
    await page.goto(lesson!.route);
    const sim = page.locator('[data-sim]').first();
    await expect(async () => {
      await sim.scrollIntoViewIfNeeded();
      await expect(sim).toHaveAttribute('data-loaded', 'true', { timeout: 1000 });
    }).toPass();
    await expectSimulationRan(sim);
  });

  test('a new deploy waits for the learner, then reloads into it with their saved progress kept', async ({
    page,
  }, info) => {
    // It redeploys the one out/ every project serves: one project only, so none sees another's deploy.
    test.skip(info.project.name !== 'desktop-light', 'one project redeploys');
    await visitOnce(page);
    await page.evaluate(() => localStorage.setItem('offline-spec', 'kept'));

    // The next deploy: a service worker that differs by one byte, as any rebuild's manifest would.
    const deployed = readFileSync(SERVICE_WORKER, 'utf8');
    writeFileSync(SERVICE_WORKER, `${deployed}\n// the next deploy\n`);
    try {
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      const notice = page.getByTestId('app-update');
      await expect(notice).toContainText('A new version is available');
      // Nothing took over the page: the new version waits.
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r?.waiting))).toBe(true);

      await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByTestId('app-update')).toHaveCount(0);
      const registration = await page.evaluate(() =>
        navigator.serviceWorker
          .getRegistration()
          .then((r) => ({ waiting: !!r?.waiting, controlled: !!navigator.serviceWorker.controller })),
      );
      expect(registration).toEqual({ waiting: false, controlled: true });
      expect(await page.evaluate(() => localStorage.getItem('offline-spec'))).toBe('kept');
    } finally {
      writeFileSync(SERVICE_WORKER, deployed);
    }
  });
});
