import { describe, expect, it } from 'vitest';
import { LESSONS } from '../lessons/catalogue';
import { findPreset } from '../scenario/presets';
import { linkHref } from '../study/links';
import {
  CHEAT_SHEET_ASPECTS,
  comparisonRows,
  FACTS,
  HOME_ASPECTS,
  STUDY_ASPECTS,
  SUMMARY_ASPECTS,
  type AspectId,
} from './facts';

const all = Object.values(FACTS);

describe('the comparison fact table', () => {
  it('keys every fact by its own id', () => {
    for (const [key, fact] of Object.entries(FACTS)) expect(fact.id).toBe(key);
  });

  it.each(all.map((f) => [f.id, f] as const))('%s: every proof link opens an existing lesson or preset', (_id, f) => {
    expect(f.proof.length).toBeGreaterThan(0);
    for (const link of f.proof) {
      const href = linkHref(link);
      const lab = href.match(/^\/lab\?preset=([a-z0-9-]+)$/);
      const lesson = href.match(/^\/lessons\/([a-z0-9-]+)$/);
      expect(lab ?? lesson, href).toBeTruthy();
      if (lab) expect(findPreset(lab[1]), href).toBeDefined();
      if (lesson)
        expect(
          LESSONS.map((l) => l.slug),
          href,
        ).toContain(lesson[1]);
    }
  });

  it.each(all.map((f) => [f.id, f] as const))('%s: both sides said, with a primary source by URL', (_id, f) => {
    expect(f.pull.trim()).not.toBe('');
    expect(f.push.trim()).not.toBe('');
    expect(f.sources.length).toBeGreaterThan(0);
    for (const s of f.sources) expect(s.href).toMatch(/^https:\/\//);
    for (const text of [f.pull, f.push, f.brief?.pull ?? '', f.brief?.push ?? ''])
      expect(text.split('`').length % 2, `${f.id}: unbalanced code span`).toBe(1);
  });

  it('gives each page unique rows that exist, the summary covering the core aspects', () => {
    const pages: readonly (readonly AspectId[])[] = [HOME_ASPECTS, SUMMARY_ASPECTS, STUDY_ASPECTS, CHEAT_SHEET_ASPECTS];
    for (const ids of pages) {
      expect(new Set(ids).size).toBe(ids.length);
      expect(comparisonRows(ids).map((r) => r.id)).toEqual(ids);
    }
    for (const id of ['data-flow', 'tools', 'use-case', 'configuration', 'weak-spot'] as const)
      expect(SUMMARY_ASPECTS).toContain(id);
    expect(HOME_ASPECTS).toHaveLength(5); // "The difference in five lines"
    expect(new Set(pages.flat()).size, 'every fact is shown somewhere').toBe(all.length);
  });

  // The facts below were checked against primary sources (see each row's sources).
  it('says up == 0 comes at the next scrape, and only for targets still listed', () => {
    const { pull, brief } = FACTS.health;
    for (const text of [pull, brief!.pull]) {
      expect(text).not.toMatch(/at once|immediate/i);
      expect(text).toMatch(/next scrape/);
    }
    expect(pull).toMatch(/restarts in place/);
    expect(pull).toMatch(/absent\(\)/);
  });

  it('names the cardinality limits as pull’s overload, and no pull row says it cannot be overloaded', () => {
    for (const l of ['sample_limit', 'label_limit', 'body_size_limit', 'target_limit'])
      expect(FACTS.load.pull).toContain(l);
    for (const f of all) expect(f.pull).not.toMatch(/cannot be (flooded|overloaded)|never runs out/i);
  });

  it('does not say the target’s clock never matters', () => {
    expect(FACTS.timestamps.pull).toMatch(/honor_timestamps/);
  });

  it('tells cumulative from delta on the push side, and Datadog is not pure push', () => {
    expect(FACTS.counters.push).toMatch(/cumulative/);
    expect(FACTS.counters.push).toMatch(/delta/);
    expect(FACTS.tools.push).toMatch(/Datadog Agent also/);
    expect(FACTS.configuration.push).toMatch(/node-local agent/);
  });
});
