import type { Locator, Page } from '@playwright/test';
import { formatWithUnit } from '../lib/lab/format';
import { nearestStep } from '../lib/lab/knobs';
import { LESSONS } from '../lib/lessons/catalogue';
import { LESSON_DATA } from '../lib/lessons/data';
import { simControls } from '../lib/lessons/sim';
import { scenarioAfter } from '../lib/lessons/sim-start';
import type { LessonSim, TaskStep } from '../lib/lessons/types';
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, test } from './fixtures';

/*
 * Data-driven over the lesson registry: every lesson page loads cleanly, and every task of every
 * registered lesson can be completed by a reader operating the controls as its `solution` says.
 */

/** Scrolls a simulation into view and waits for its figures to describe its current settings. */
async function openSim(page: Page, id: string): Promise<Locator> {
  const sim = page.locator(`[data-sim="${id}"]`);
  // Sections off screen are laid out only when reached (content-visibility), and simulations above
  // grow as they load, so one programmatic jump can land short: scroll until the simulation starts.
  await expect(async () => {
    await sim.scrollIntoViewIfNeeded();
    await expect(sim).toHaveAttribute('data-loaded', 'true', { timeout: 1000 });
  }).toPass();
  await expect(
    sim.locator('[data-results][aria-busy="false"]').getByRole('table', { name: /Headline figures/ }),
  ).toBeVisible();
  return sim;
}

/** Sets one knob the way a keyboard user would: arrow keys on sliders and selects, Space on switches. */
async function operate(page: Page, sim: Locator, lessonSim: LessonSim, done: TaskStep[], step: TaskStep) {
  const [control] = simControls(scenarioAfter(lessonSim, done), [step.path]);
  expect(control, `control for ${step.path}`).toBeDefined();
  const { knob, name } = control;
  if (knob.kind === 'steps') {
    const slider = sim.getByRole('slider', { name, exact: true });
    const from = Number(await slider.inputValue());
    const to = nearestStep(knob.values, Number(step.value));
    await slider.focus();
    for (let i = 0; i < Math.abs(to - from); i++) await page.keyboard.press(to > from ? 'ArrowRight' : 'ArrowLeft');
    await expect(slider).toHaveAttribute('aria-valuetext', formatWithUnit(Number(step.value), knob.unit));
  } else if (knob.kind === 'toggle') {
    const toggle = sim.getByRole('switch', { name, exact: true });
    if ((await toggle.getAttribute('aria-checked')) !== String(step.value)) {
      await toggle.focus();
      await page.keyboard.press('Space');
    }
    await expect(toggle).toHaveAttribute('aria-checked', String(step.value));
  } else {
    // A closed select moves through its options with the arrow keys.
    const select = sim.getByRole('combobox', { name, exact: true });
    const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const from = values.indexOf(await select.inputValue());
    const to = values.indexOf(String(step.value));
    expect(to, `option ${String(step.value)}`).toBeGreaterThanOrEqual(0);
    await select.focus();
    for (let i = 0; i < Math.abs(to - from); i++) await page.keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
    await expect(select).toHaveValue(String(step.value));
  }
}

const comingSoon = (page: Page) => page.locator('[data-coming-soon]').isVisible();

for (const [index, lesson] of LESSONS.entries()) {
  const data = LESSON_DATA[lesson.slug];

  test.describe(`lesson ${index + 1}: ${lesson.slug}`, () => {
    test('loads with its title, runs its simulations, and passes axe with no overflow', async ({ page }, info) => {
      test.skip(!['desktop-light', 'phone-dark'].includes(info.project.name), 'two projects suffice');
      await page.goto(`/lessons/${lesson.slug}`);
      await expect(page).toHaveTitle(new RegExp(`^${lesson.title} · `));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
      await expect(page.getByRole('navigation', { name: 'Lessons' })).toBeVisible();
      if (data && !(await comingSoon(page))) {
        for (const sim of data.sims) await openSim(page, sim.id);
        // Every option explains itself once the quiz is answered.
        const quiz = page.locator('[data-quiz]');
        await quiz.getByRole('radio').first().check();
        await quiz.getByRole('button', { name: 'Check answer' }).click();
        await expect(quiz.locator('[data-why]')).toHaveCount(data.quiz.options.length);
      }
      await expectNoAxeViolations(page);
      await expectNoHorizontalScroll(page);
    });

    test('every task ticks when its solution is followed, and progress survives a reload', async ({ page }, info) => {
      test.skip(info.project.name !== 'desktop-light', 'the walk runs once');
      test.skip(!data, 'no lesson data yet');
      // Every step reruns the simulation and redraws its views (charts, timeline): on a loaded
      // 2-core runner the walks of lessons 2 and 8 ran just past a minute.
      test.setTimeout(120_000);
      await page.goto(`/lessons/${lesson.slug}`);
      test.skip(await comingSoon(page), 'no prose yet');
      const sims = data!.sims;
      for (const lessonSim of sims) {
        const sim = await openSim(page, lessonSim.id);
        for (const task of lessonSim.tasks) {
          const item = sim.locator(`[data-task="${task.id}"]`);
          await expect(item).not.toHaveAttribute('data-done');
          await sim.getByRole('button', { name: 'Reset', exact: true }).focus();
          await page.keyboard.press('Enter');
          for (const [i, step] of task.solution.entries())
            await operate(page, sim, lessonSim, task.solution.slice(0, i), step);
          await expect(item).toHaveAttribute('data-done', 'true');
          // The tick is visible, with its line on what the reader made happen (scripts/task-distance.mjs
          // measures how near the controls it sits).
          await expect(item.locator('[data-outcome]')).toBeVisible();
          await expect(item.locator('[data-outcome]')).toContainText(task.outcome);
        }
      }
      // "Open this in the lab" carries the last solution's setting over.
      const lastSim = sims[sims.length - 1];
      const lastTask = lastSim.tasks[lastSim.tasks.length - 1];
      const lastStep = lastTask.solution[lastTask.solution.length - 1];
      const [control] = simControls(scenarioAfter(lastSim, lastTask.solution), [lastStep.path]);
      await page.locator(`[data-sim="${lastSim.id}"]`).getByRole('link', { name: 'Open this in the lab' }).click();
      await expect(page).toHaveURL(/\/lab\?/);
      if (control.knob.kind === 'steps')
        await expect(page.getByRole('slider', { name: control.name, exact: true })).toHaveAttribute(
          'aria-valuetext',
          formatWithUnit(Number(lastStep.value), control.knob.unit),
        );
      else if (control.knob.kind === 'select')
        await expect(page.getByRole('combobox', { name: control.name, exact: true })).toHaveValue(
          String(lastStep.value),
        );
      await page.goto(`/lessons/${lesson.slug}`);
      const total = sims.reduce((n, s) => n + s.tasks.length, 0);
      // Reaching the end of the lesson counts it as read.
      await page.getByRole('navigation', { name: 'Lessons' }).scrollIntoViewIfNeeded();
      await expect(page.locator('[data-course-progress]')).toContainText('1 of 10 lessons read');
      await page.reload();
      await expect(page.locator('[data-task][data-done]')).toHaveCount(total);
      await page.goto('/lessons');
      await expect(page.locator(`[data-lesson-status="${lesson.slug}"]`)).toHaveText(
        `✓ Read · ${total} of ${total} tasks done`,
      );
    });
  });
}

/** The lesson's simulation `id`, from the data, for `operate`. */
const lessonSim = (slug: string, id: string): LessonSim => LESSON_DATA[slug]!.sims.find((s) => s.id === id)!;

// Issue 16: the pictures each lesson's idea needs are on its page, and draw what that lesson is about.
test.describe('pictures in the lessons', () => {
  test.beforeEach(({}, info) => {
    test.skip(info.project.name !== 'desktop-light', 'one project suffices');
  });

  for (const [slug, id] of [
    ['pull-in-practice', 'scrape-config'],
    ['time-and-truth', 'dead-or-quiet'],
  ] as const) {
    test(`${slug} charts "marked down" over time, pull beside push`, async ({ page }) => {
      await page.goto(`/lessons/${slug}`);
      const sim = await openSim(page, id);
      for (const side of ['pull', 'push'])
        await expect(sim.getByRole('img', { name: new RegExp(`^Marked down, ${side}: chart over`) })).toBeVisible();
    });
  }

  test('load-and-overload charts the herd: each bucket’s busiest second', async ({ page }) => {
    await page.goto('/lessons/load-and-overload');
    const sim = await openSim(page, 'herd');
    await expect(
      sim.getByRole('img', { name: /^Collector load: requests per second, busiest second, push: chart over/ }),
    ).toBeVisible();
    // The network view beside it: the aligned fleet fills the collector past its capacity.
    const gauge = sim.locator('[data-network-view] [data-capacity]');
    await expect(gauge).toBeVisible();
    expect(Number(await gauge.getAttribute('data-capacity'))).toBeGreaterThan(1);
    // And the sampled instances' pushes are refused there, as the gauge says they must be.
    await expect(sim.locator('[data-network-caption]')).toContainText(
      /Pushes: \d+ delivered, \d+ lost, [1-9]\d* refused/,
    );
  });

  test('short-lived-jobs draws the Pushgateway’s store growing, and flat under one grouping key', async ({ page }) => {
    await page.goto('/lessons/short-lived-jobs');
    const sim = await openSim(page, 'gateway-pitfalls');
    const store = sim.locator('[data-gateway-store]');
    await expect(store.getByRole('img', { name: /Groups stored on the Pushgateway/ })).toBeVisible();
    // One group per sampled run: far more than one.
    expect(Number(await store.getAttribute('data-gateway-store'))).toBeGreaterThan(5);
    await operate(page, sim, lessonSim('short-lived-jobs', 'gateway-pitfalls'), [], {
      path: 'pull.pushgatewayGrouping',
      value: 'job',
    });
    // One key for the job: every run overwrites the one group of the "task" service.
    await expect(store).toHaveAttribute('data-gateway-store', '1');
  });

  test('short-lived-jobs opens its fleet timeline on a few scrape intervals, where single jobs show', async ({
    page,
  }) => {
    await page.goto('/lessons/short-lived-jobs');
    const sim = await openSim(page, 'coverage');
    await expect(sim.getByRole('group', { name: 'Zoom' }).getByRole('button', { pressed: true })).toHaveText(/window$/);
  });

  test('push-in-practice draws StatsD datagrams lost on the network', async ({ page }) => {
    await page.goto('/lessons/push-in-practice');
    const sim = await openSim(page, 'statsd');
    // The view opens at the run's end, so its caption counts every sampled push.
    await expect(sim.locator('[data-network-caption]')).toContainText(/Pushes: \d+ delivered, [1-9]\d* lost/);
  });

  test('reachability draws the NAT/firewall boundary, with the scrapes behind it failing', async ({ page }) => {
    await page.goto('/lessons/reachability');
    const sim = await openSim(page, 'behind-nat');
    await expect(sim.locator('[data-network-view] [data-firewall]')).toBeVisible();
    await expect(sim.locator('[data-network-caption]')).toContainText('behind the firewall');
    await expect(sim.locator('[data-network-caption]')).toContainText(/Scraper: \d+ scrapes so far, [1-9]\d* failed/);
  });

  test('hybrid draws the Pushgateway with the backup runs’ groups', async ({ page }) => {
    await page.goto('/lessons/hybrid');
    const sim = await openSim(page, 'batch-beside-services');
    const gateway = sim.locator('[data-network-view] [data-gateway-groups]');
    await expect(gateway).toBeVisible();
    expect(Number(await gateway.getAttribute('data-gateway-groups'))).toBeGreaterThan(1);
  });
});

test('a lesson knob’s help is folded behind a “?” that opens by keyboard, and still describes the control', async ({
  page,
}, info) => {
  test.skip(info.project.name !== 'desktop-light', 'one project suffices');
  await page.goto('/lessons/push-in-practice');
  const sim = await openSim(page, 'statsd');
  const [control] = simControls(scenarioAfter(lessonSim('push-in-practice', 'statsd'), []), ['network.lossRate']);
  const slider = sim.getByRole('slider', { name: control.name, exact: true });
  const help = sim.locator('[data-knob="network.lossRate"] p');
  await expect(help).toBeHidden();
  await expect(slider).toHaveAccessibleDescription(control.knob.help);
  const toggle = sim.getByRole('button', { name: `What “${control.name}” does` });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(help).toHaveText(control.knob.help);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('the course list links every lesson and marks unwritten ones', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop-light', 'one project suffices');
  await page.goto('/lessons');
  for (const lesson of LESSONS) {
    const card = page.locator(`[data-lesson="${lesson.slug}"]`);
    await expect(card.getByRole('link', { name: new RegExp(lesson.title) })).toHaveAttribute(
      'href',
      `/lessons/${lesson.slug}`,
    );
    if (!LESSON_DATA[lesson.slug]) await expect(card).toContainText('Coming soon');
  }
});

test('corrupt stored progress starts over instead of breaking the page', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop-light', 'one project suffices');
  await page.addInitScript(() => window.localStorage.setItem('pushpull-lab:progress', '{not json'));
  await page.goto('/lessons');
  await expect(page.locator('[data-course-progress]')).toContainText('0 of 10 lessons read');
});

test('an artifact’s copy button copies the listing shown', async ({ page, context }, info) => {
  test.skip(info.project.name !== 'desktop-light', 'one project suffices');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/lessons/pull-in-practice');
  const artifact = page.locator('[data-artifact]').first();
  await artifact.scrollIntoViewIfNeeded();
  await artifact.getByRole('button', { name: /^Copy / }).click();
  await expect(artifact.getByRole('button', { name: /^Copy / })).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await artifact.locator('pre').textContent());
  expect(copied).toContain('scrape_configs');
});
