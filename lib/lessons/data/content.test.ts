/**
 * Content integrity for every registered lesson, written over the registries so lessons added
 * later are checked without new tests: data, prose and their cross-references.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../scenario/schema';
import type { Report } from '../../sim/report';
import { runScenario } from '../../run/run';
import { isArtifactKind } from '../artifact-kind';
import { lessonArtifact } from '../artifacts';
import { LESSONS } from '../catalogue';
import { simControls } from '../sim';
import { scenarioAfter, simStart } from '../sim-start';
import { LESSON_DATA } from './index';

const CONTENT_DIR = new URL('../../../components/lessons/content/', import.meta.url);
const SLUGS = LESSONS.map((l) => l.slug);
const ROUTES = new Set(['/', '/lab', '/lessons', '/study', ...SLUGS.map((s) => `/lessons/${s}`)]);
/** runScenario returns null only when cancelled, which these runs never are. */
const run = (s: Scenario) => runScenario(s)!;
const entries = Object.entries(LESSON_DATA).flatMap(([slug, data]) => (data ? [[slug, data] as const] : []));

const mdxFiles = readdirSync(CONTENT_DIR).filter((f) => f.endsWith('.mdx'));
const prose = (slug: string): string | null =>
  mdxFiles.includes(`${slug}.mdx`) ? readFileSync(new URL(`${slug}.mdx`, CONTENT_DIR), 'utf8') : null;
/** Every value of `attr` on `<Tag …>` elements in an MDX text. */
const attrs = (text: string, tag: string, attr: string): string[] =>
  [...text.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))].map(
    (m) => m[0].match(new RegExp(`${attr}="([^"]*)"`))?.[1] ?? '',
  );

const PROSE_REGISTRY = readFileSync(new URL('index.ts', CONTENT_DIR), 'utf8');
const sorted = (xs: Iterable<string>) => [...xs].sort();

// Both ways: a lesson missing from a registry would be shown as "coming soon", and the e2e walk
// would skip it instead of failing.
it('registers data and prose for every lesson of the catalogue, and for nothing else', () => {
  expect(sorted(Object.keys(LESSON_DATA))).toEqual(sorted(SLUGS));
  for (const [slug, data] of Object.entries(LESSON_DATA)) expect(data?.slug, slug).toBe(slug);
  expect(sorted(mdxFiles.map((f) => f.replace(/\.mdx$/, '')))).toEqual(sorted(SLUGS));
  const loaded = [...PROSE_REGISTRY.matchAll(/import\('\.\/([a-z0-9-]+)\.mdx'\)/g)].map((m) => m[1]);
  expect(sorted(loaded)).toEqual(sorted(SLUGS));
});

describe.each(entries)('lesson %s', (slug, data) => {
  it('has a quiz with at least three options, exactly one correct, each explained', () => {
    expect(data.quiz.question.trim()).not.toBe('');
    expect(data.quiz.options.length).toBeGreaterThanOrEqual(3);
    expect(data.quiz.options.filter((o) => o.correct)).toHaveLength(1);
    for (const o of data.quiz.options) expect(o.why.trim().length, o.text).toBeGreaterThan(10);
  });

  it('links its sources over https', () => {
    expect(data.sources.length).toBeGreaterThan(0);
    for (const s of data.sources) expect(new URL(s.href).protocol, s.href).toBe('https:');
  });

  it('has unique simulation ids and task ids (progress keys tasks by lesson and id)', () => {
    const sims = data.sims.map((s) => s.id);
    const tasks = data.sims.flatMap((s) => s.tasks.map((t) => t.id));
    expect(new Set(sims).size).toBe(sims.length);
    expect(new Set(tasks).size).toBe(tasks.length);
  });

  describe.each(data.sims.map((s) => [s.id, s] as const))('simulation %s', (_id, sim) => {
    // Worked out inside the tests, once: a simulation that cannot start fails its own tests
    // instead of breaking the collection of the whole file.
    let start: Scenario | undefined;
    let startReport: Report | undefined;
    const startScenario = () => (start ??= simStart(sim).scenario);
    const reportAtStart = () => (startReport ??= run(startScenario()));

    it('starts from a real preset and a valid scenario, and shows only knobs that exist', () => {
      expect(() => startScenario()).not.toThrow();
      // The sim's own settings win over its preset's.
      expect(startScenario()).toMatchObject(sim.scenario ?? {});
      expect(simControls(startScenario(), sim.knobs).map((c) => c.path)).toEqual(sim.knobs);
    });

    it('has two or three tasks', () => {
      expect(sim.tasks.length).toBeGreaterThanOrEqual(2);
      expect(sim.tasks.length).toBeLessThanOrEqual(3);
    });

    it.each(sim.tasks.map((t) => [t.id, t] as const))(
      'task %s is open at the start and done by its solution',
      (_t, task) => {
        expect(task.done(reportAtStart()), 'already done before the reader does anything').toBe(false);
        expect(task.solution.length).toBeGreaterThan(0);
        for (const step of task.solution)
          expect(sim.knobs, 'a solution may only use the sim’s own knobs').toContain(step.path);
        expect(task.done(run(scenarioAfter(sim, task.solution)))).toBe(true);
      },
    );
  });

  const text = prose(slug);
  describe.runIf(text !== null)('prose', () => {
    const mdx = text ?? '';
    it('embeds every simulation it names, and names only existing ones', () => {
      for (const id of attrs(mdx, 'Sim', 'id')) expect(data.sims.map((s) => s.id)).toContain(id);
    });

    it('shows only artifacts the named simulation has', () => {
      for (const m of mdx.matchAll(/<Artifact\b[^>]*>/g)) {
        const kind = m[0].match(/kind="([^"]*)"/)?.[1] ?? '';
        const sim = data.sims.find((s) => s.id === m[0].match(/sim="([^"]*)"/)?.[1]);
        expect(isArtifactKind(kind), m[0]).toBe(true);
        expect(sim, m[0]).toBeDefined();
        if (sim && isArtifactKind(kind)) expect(lessonArtifact(sim, kind), m[0]).toBeDefined();
      }
    });

    it('links only to routes that exist, and outside only over https', () => {
      const hrefs = [...mdx.matchAll(/\]\(([^)\s]+)\)/g), ...mdx.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
      for (const href of hrefs) {
        if (href.startsWith('/')) expect(ROUTES, href).toContain(href.replace(/[?#].*$/, ''));
        else if (!href.startsWith('#')) expect(new URL(href).protocol, href).toBe('https:');
      }
    });

    it('has a note where the model simplifies, a quiz and the sources', () => {
      expect(mdx).toMatch(/<Note\b/);
      expect(mdx).toMatch(/<Quiz\s*\/>/);
      expect(mdx).toMatch(/<Sources\s*\/>/);
    });
  });
});
