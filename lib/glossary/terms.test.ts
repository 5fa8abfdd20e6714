/**
 * The glossary is the one place a term is defined: every lesson's `<Term id>` must name an entry,
 * every figure of the registry must have one (reading the registry's own hint), and every entry
 * must lead to a lesson that exists and, for terms of the trade, to a primary source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIGURE_IDS, FIGURES } from '../figures/registry';
import { LESSONS } from '../lessons/catalogue';
import { GLOSSARY, findTerm, figureTermId } from './terms';

const CONTENT_DIR = new URL('../../components/lessons/content/', import.meta.url);
const mdx = readdirSync(CONTENT_DIR)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => [f, readFileSync(new URL(f, CONTENT_DIR), 'utf8')] as const);

describe('glossary', () => {
  it('has unique ids that are usable as URL fragments', () => {
    const ids = GLOSSARY.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it('has an entry for every figure, defined by the figure registry’s hint', () => {
    for (const id of FIGURE_IDS) {
      const term = findTerm(figureTermId(id));
      expect(term, `figure ${id}`).toBeDefined();
      expect(term!.term).toBe(FIGURES[id].label);
      expect(term!.definition).toBe(FIGURES[id].hint);
    }
  });

  it('links every entry to a lesson that exists', () => {
    const slugs = new Set(LESSONS.map((l) => l.slug));
    for (const t of GLOSSARY) expect(slugs, t.id).toContain(t.lesson);
  });

  it('cites an https source for every term that is not one of the simulation’s figures', () => {
    const figureIds = new Set<string>(FIGURE_IDS.map(figureTermId));
    for (const t of GLOSSARY.filter((x) => !figureIds.has(x.id))) expect(t.source?.href, t.id).toMatch(/^https:\/\//);
  });

  it('defines each term in one sentence or two, ending in a full stop', () => {
    for (const t of GLOSSARY) {
      expect(t.definition, t.id).toMatch(/\.$/);
      expect(t.definition.length, t.id).toBeLessThanOrEqual(200);
    }
  });
});

describe('lessons’ <Term> links', () => {
  const uses = mdx.flatMap(([file, text]) =>
    [...text.matchAll(/<Term\s+id="([^"]*)"/g)].map((m) => [file, m[1]] as const),
  );

  it('are used in the lessons', () => {
    expect(uses.length).toBeGreaterThan(0);
  });

  it.each(uses)('%s names a glossary entry: %s', (_file, id) => {
    expect(findTerm(id)).toBeDefined();
  });

  it('never use a <Term> without an id', () => {
    for (const [file, text] of mdx) expect(text, file).not.toMatch(/<Term(?![^>]*\bid=")[^>]*>/);
  });
});
