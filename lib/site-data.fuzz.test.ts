/**
 * Whatever a file or the stored document holds, decoding never throws, and everything accepted can
 * be used: each card graded with each rating at several moments, the queue and the calendar built,
 * the course, the checks and the counts computed, and the export of it accepted again, unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latest, scoreAttempt, topicGains, weakTopics } from './diagnostic/score';
import { courseTasks } from './lessons/course';
import { courseRows } from './lessons/progress';
import { memoryStorage } from './memory-storage.test-support';
import { dataCounts, parseDataFile, SECTIONS, serializeData, type SiteData } from './site-data';
import { DATA_KEY, dataStore, SECTION_NAMES, type Section } from './storage';
import { DECK } from './study/deck';
import { cardProgress, reviewCalendar } from './study/review-calendar';
import { buildQueue, GRADES, review } from './study/scheduler';
import { newLeftToday, withIntroduced } from './study/session';

const RUNS = 300;
const DECK_IDS = DECK.map((c) => c.id);
const COURSE = courseTasks();
const MOMENTS = [new Date('2026-03-02T09:00:00Z'), new Date(0), new Date('2199-12-31T00:00:00Z')];

/** Uses accepted data as the views do; throws if any consumer does. */
function exercise(d: SiteData) {
  dataCounts(d);
  courseRows(d.lessons, COURSE, () => 0);
  for (const a of d.diagnostic) {
    scoreAttempt(a);
    weakTopics(a);
  }
  topicGains(latest(d.diagnostic, 'A'), latest(d.diagnostic, 'B'));
  for (const at of MOMENTS) {
    newLeftToday(d.daily, at);
    withIntroduced(d.daily, DECK_IDS[0], at);
    buildQueue(DECK_IDS, d.study.cards, at);
    reviewCalendar(d.study.cards, Object.keys(d.study.cards), at, 14);
    cardProgress(d.study.cards, Object.keys(d.study.cards));
    for (const card of Object.values(d.study.cards)) for (const { grade } of GRADES) review(card, grade, at);
  }
  // What the learner exports must import again as it was.
  expect(parseDataFile(serializeData(d))).toEqual({ ok: true, scope: 'all', data: d });
}

/** A real file: a few graded cards, lessons, a check, a spoken answer. */
const validFile = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...DECK_IDS.slice(0, 5)), fc.constantFrom(...GRADES.map((g) => g.grade))), {
      maxLength: 8,
    }),
    fc.subarray(COURSE.map((l) => l.slug)),
    fc.boolean(),
  )
  .map(([steps, read, right]) => {
    let t = MOMENTS[0].getTime();
    const cards: SiteData['study']['cards'] = {};
    for (const [id, grade] of steps) cards[id] = review(cards[id], grade, new Date((t += 86_400_000)));
    return JSON.stringify({
      kind: 'pushpull-lab/data',
      version: 1,
      sections: {
        lessons: {
          version: 2,
          lessonsRead: read,
          tasksDone: ['two-models/miss-half'],
          quizAnswers: { 'two-models': 1 },
        },
        study: { kind: 'pushpull-lab/study-progress', version: 1, cards, quiz: [] },
        daily: { version: 1, newPerDay: 10, day: '2026-03-02', ids: [DECK_IDS[0]] },
        diagnostic: { version: 1, attempts: [{ form: 'A', finishedAtMs: 1, answers: { 'a-two-models': right } }] },
        spoken: { version: 1, entries: [{ savedAtMs: 1, text: 'x', covered: [0], rubricSize: 3, audioId: null }] },
      },
    });
  });

/** Values on or just past what the decoders accept. */
const edgy = fc.oneof(
  fc.constantFrom(0, -1, 0.5, 1, 10, 10.01, 1e308, -1e308, 2 ** 53, null, true, '', 'x', [], {}),
  fc.constantFrom('1970-01-01T00:00:00Z', '2200-01-01T00:00:00Z', '+275760-09-13T00:00:00.000Z', '__proto__'),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Every path to a value in parsed JSON. */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof v !== 'object' || v === null) return [at];
  const keys = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
  return [at, ...keys.flatMap((k) => paths((v as Record<string | number, unknown>)[k], [...at, k]))];
}

/** A valid file with a few values anywhere in it replaced or deleted. */
const mutated = fc
  .tuple(validFile, fc.array(fc.tuple(fc.nat(), fc.boolean(), edgy), { minLength: 1, maxLength: 3 }))
  .map(([text, edits]) => {
    const json = JSON.parse(text) as Record<string, unknown>;
    for (const [pick, remove, value] of edits) {
      const all = paths(json).filter((p) => p.length > 0);
      const path = all[pick % all.length];
      const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], json);
      const key = path[path.length - 1];
      if (remove && !Array.isArray(parent)) delete (parent as Record<string | number, unknown>)[key];
      else (parent as Record<string | number, unknown>)[key] = value;
    }
    return JSON.stringify(json);
  });

/** Any text through both doors: an imported file, and the stored document read section by section. */
function check(text: string): boolean {
  const imported = parseDataFile(text);
  if (imported.ok && imported.scope === 'all') exercise(imported.data);
  const { storage } = memoryStorage({ [DATA_KEY]: text });
  const site = dataStore(() => storage);
  const loaded = Object.fromEntries(
    SECTION_NAMES.map((n) => [n, site.section(SECTIONS[n] as Section<unknown>).load()]),
  );
  if (Object.values(loaded).every((l) => l.status === 'ok' || l.status === 'empty'))
    exercise(Object.fromEntries(Object.entries(loaded).map(([k, l]) => [k, l.value])) as unknown as SiteData);
  return imported.ok;
}

describe('imported files and the stored document (fuzz)', () => {
  it('arbitrary text', () =>
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (t) => void check(t)),
      { numRuns: RUNS },
    ));

  it('arbitrary JSON, bare and as sections of a document', () =>
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.dictionary(fc.constantFrom(...SECTION_NAMES, 'other'), fc.jsonValue({ maxDepth: 3 })),
        (bare, sections) => {
          check(JSON.stringify(bare));
          check(JSON.stringify({ kind: 'pushpull-lab/data', version: 1, sections }));
        },
      ),
      { numRuns: RUNS },
    ));

  it('valid files are accepted', () =>
    fc.assert(
      fc.property(validFile, (t) => {
        expect(check(t)).toBe(true);
      }),
      { numRuns: 50 },
    ));

  it('valid files with values replaced or deleted anywhere', () => {
    let accepted = 0;
    fc.assert(
      fc.property(mutated, (t) => {
        if (check(t)) accepted++;
      }),
      { numRuns: RUNS },
    );
    // Both doors were exercised: some mutations are harmless (dropped entries, unused fields), most are not.
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(RUNS);
  });
});
