/**
 * Content integrity across the teaching text: every study item (card, answer, follow-up, mistake,
 * quiz question, comparison fact) leads to a lesson that cites its primary sources, every link
 * resolves, and claims that a fact-check found false (issue 15) cannot creep back in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FACTS } from '../comparison/facts';
import { LESSONS } from '../lessons/catalogue';
import { LESSON_DATA } from '../lessons/data';
import { findPreset } from '../scenario/presets';
import { FOLLOW_UPS, MISTAKES, MOCK_QUESTIONS, TAKEAWAY, THIRTY_SECONDS, TWO_MINUTES } from './answers';
import { DECK } from './deck';
import type { StudyLink } from './links';
import { QUESTIONS } from './quiz';

const ROOT = new URL('../../', import.meta.url);
const CONTENT_DIR = new URL('components/lessons/content/', ROOT);
const mdxSlugs = new Set(
  readdirSync(CONTENT_DIR)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, '')),
);

type Item = [where: string, links: readonly StudyLink[], ownSources: readonly { href: string }[]];
const item = (where: string, links: readonly StudyLink[], ownSources: readonly { href: string }[] = []): Item => [
  where,
  links,
  ownSources,
];

const items: Item[] = [
  ...DECK.map((c) => item(`card ${c.id}`, c.links)),
  ...[...THIRTY_SECONDS, ...TWO_MINUTES, TAKEAWAY].map((c, i) => item(`answer claim ${i}`, c.links)),
  ...FOLLOW_UPS.map((f) => item(`follow-up ${f.id}`, f.links)),
  ...MISTAKES.map((m) => item(`mistake ${m.claim}`, m.links)),
  ...MOCK_QUESTIONS.map((q) => item(`mock question ${q.id}`, q.links)),
  ...QUESTIONS.map((q) => item(`quiz ${q.id}`, q.links)),
  ...Object.values(FACTS).map((f) => item(`fact ${f.id}`, f.proof, f.sources)),
];

/** A lesson link is a source trail when the lesson exists, has prose and cites https sources. */
function lessonProblem(slug: string): string | null {
  if (!LESSONS.some((l) => l.slug === slug)) return `no lesson "${slug}" in the catalogue`;
  if (!mdxSlugs.has(slug)) return `lesson "${slug}" has no prose`;
  const data = LESSON_DATA[slug as keyof typeof LESSON_DATA];
  if (!data || data.sources.length === 0) return `lesson "${slug}" cites no sources`;
  if (data.sources.some((s) => !s.href.startsWith('https://'))) return `lesson "${slug}" has a non-https source`;
  return null;
}

describe('every study item', () => {
  it.each(items)('%s: carries a source or a lesson that cites one, and every link resolves', (_w, links, own) => {
    const lessons = links.flatMap((l) => ('lesson' in l ? [l.lesson] : []));
    expect(
      lessons.length + own.length,
      'needs a source URL or a lesson link (the lesson carries the sources)',
    ).toBeGreaterThan(0);
    expect(lessons.map(lessonProblem).filter(Boolean)).toEqual([]);
    for (const s of own) expect(s.href.startsWith('https://'), s.href).toBe(true);
    for (const l of links) if ('preset' in l) expect(findPreset(l.preset), l.preset).toBeDefined();
  });
});

/** The raw teaching text: lesson prose and data, study content, facts, verdicts, preset summaries. */
const TEXT_FILES = [
  ...[...mdxSlugs].map((s) => `components/lessons/content/${s}.mdx`),
  ...readdirSync(new URL('lib/lessons/data/', ROOT))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => `lib/lessons/data/${f}`),
  'lib/study/deck.ts',
  'lib/study/answers.ts',
  'lib/study/quiz.ts',
  'lib/comparison/facts.ts',
  'lib/lab/verdict.ts',
  'lib/scenario/presets.ts',
  'lib/lab/knobs.ts',
];
const text = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');

/** Claims the issue-15 fact-check found false, each with what is true instead. */
const KNOWN_FALSE: [RegExp, string][] = [
  [/cannot be flooded by its (own )?targets/i, 'not by requests, but by cardinality (sample_limit and friends)'],
  [/get no staleness markers/i, 'Remote-Write 1.0 senders must send stale markers; the receiver never creates them'],
  [/replaced by a new one with a new (identity|address)/i, 'a crashed container restarts in place'],
  [/nothing is lost if the retries back off/i, 'remote write drops a 429-refused batch unless retry_on_http_429'],
  [/as OTLP and CloudWatch (are|allow)/i, 'only cumulative data recovers; OTLP always carries timestamps'],
  [/target['’]s clock never matters/i, 'honor_timestamps defaults to true'],
  [/nothing is forgotten/i, 'the Pushgateway keeps pushes in memory unless --persistence.file'],
  [/every process must know the collector/i, 'node-local agents are the usual pattern'],
  [/every scrape fails, and `?up`? stays 0/i, 'behind NAT there is usually no target, so no up at all'],
];

describe('the teaching text', () => {
  it.each(TEXT_FILES)('%s repeats none of the claims found false', (path) => {
    const body = text(path);
    const found = KNOWN_FALSE.filter(([re]) => re.test(body)).map(([re, truth]) => `${re} (true: ${truth})`);
    expect(found).toEqual([]);
  });

  it('the guard itself catches a false claim', () => {
    const sample = 'A pull server cannot be flooded by its targets.';
    expect(KNOWN_FALSE.some(([re]) => re.test(sample))).toBe(true);
  });
});
