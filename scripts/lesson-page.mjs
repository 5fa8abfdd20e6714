// Opens a lesson with every simulation loaded, so what a script measures is the layout a reader
// sees. Simulations above grow as they load, so one scroll can land short: scroll until each runs.
// Sections far from the viewport skip layout (content-visibility) and would count as a placeholder
// height with no words: render them all, as a reader scrolling by sees them.
export async function openLessonWithSimulations(page, base, slug) {
  await page.goto(`${base}/lessons/${slug}`, { waitUntil: 'networkidle' });
  await page.addStyleTag({ content: '.defer-render { content-visibility: visible !important; }' });
  for (const sim of await page.locator('[data-sim]').all()) {
    for (let tries = 0; ; tries++) {
      await sim.scrollIntoViewIfNeeded();
      try {
        await sim.locator('[data-results] table').first().waitFor({ timeout: 10_000 });
        break;
      } catch (e) {
        if (tries === 5) throw e;
      }
    }
  }
}
