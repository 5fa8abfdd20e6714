import { describe, expect, it } from 'vitest';
import { LESSONS } from './catalogue';

describe('lesson catalogue', () => {
  it('has at least nine lessons with unique, URL-safe slugs', () => {
    expect(LESSONS.length).toBeGreaterThanOrEqual(9);
    const slugs = LESSONS.map((l) => l.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives every lesson a title and a one-sentence summary', () => {
    for (const l of LESSONS) {
      expect(l.title.trim().length).toBeGreaterThan(3);
      expect(l.summary.trim()).toMatch(/\.$/);
    }
  });
});
