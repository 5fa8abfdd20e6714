import { describe, expect, it } from 'vitest';
import { findPreset } from '../../scenario/presets';
import { LESSONS } from '../catalogue';
import { COMPARISON } from './comparison';

describe('the summary’s comparison table', () => {
  it('covers data flow, tools, use case, configuration and the trade-offs, each row with a demo', () => {
    const ids = COMPARISON.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['data-flow', 'tools', 'use-case', 'configuration', 'weak-spot']) expect(ids).toContain(id);
    for (const row of COMPARISON) {
      expect(row.pull.trim()).not.toBe('');
      expect(row.push.trim()).not.toBe('');
      expect(row.demos.length, row.id).toBeGreaterThan(0);
    }
  });

  it('links only to lab presets and lessons that exist', () => {
    const slugs = LESSONS.map((l) => l.slug);
    for (const { href } of COMPARISON.flatMap((r) => r.demos)) {
      const lab = href.match(/^\/lab\?preset=([a-z0-9-]+)$/);
      const lesson = href.match(/^\/lessons\/([a-z0-9-]+)$/);
      expect(lab || lesson, href).toBeTruthy();
      if (lab) expect(findPreset(lab[1]), href).toBeDefined();
      if (lesson) expect(slugs, href).toContain(lesson[1]);
    }
  });
});
