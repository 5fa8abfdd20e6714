/**
 * Lesson artifacts: each appears once in the course, and one built from a changed scenario shows the
 * change (the lessons' listings follow the knobs instead of the starting settings).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LESSON_DATA } from './data';
import { scenarioArtifact } from './artifact-kind';
import { simStart } from './sim-start';

const CONTENT_DIR = new URL('../../components/lessons/content/', import.meta.url);
const kinds = readdirSync(CONTENT_DIR)
  .filter((f) => f.endsWith('.mdx'))
  .flatMap((f) => [...readFileSync(new URL(f, CONTENT_DIR), 'utf8').matchAll(/<Artifact\s+kind="([^"]+)"/g)])
  .map((m) => m[1]);

describe('lesson artifacts', () => {
  it('show each kind of artifact once in the whole course', () => {
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.length).toBe(new Set(kinds).size);
  });

  it('build from the scenario they are given, not the starting one', () => {
    const sim = LESSON_DATA['pull-in-practice']!.sims.find((s) => s.id === 'scrape-config')!;
    const start = simStart(sim).scenario;
    const moved = { ...start, pull: { ...start.pull, scrapeIntervalSec: start.pull.scrapeIntervalSec * 2 } };
    const before = scenarioArtifact(start, 'prometheus-config')!.content;
    const after = scenarioArtifact(moved, 'prometheus-config')!.content;
    expect(after).not.toBe(before);
    expect(after).toContain(`scrape_interval: ${start.pull.scrapeIntervalSec * 2}s`);
  });
});
