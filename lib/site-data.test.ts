/**
 * The one document with the real sections: every format the site has shipped moves in from its old
 * key, and the export file is accepted exactly when its sections would load.
 */
import { describe, expect, it } from 'vitest';
import { State } from 'ts-fsrs';
import { memoryStorage } from './memory-storage.test-support';
import { dataCounts, parseDataFile, SECTIONS, serializeData, type SiteData } from './site-data';
import { DATA_KEY, dataStore, SECTION_NAMES, type Section } from './storage';

/** Each old key as a shipped version wrote it (frozen: copied from those versions' output shapes). */
const OLD = {
  // The first release: unversioned, Leitner intervals in days, due as epoch ms.
  studyV0:
    '{"cards":{"models-core":{"due":1767225600000,"interval":3,"reps":2,"lapses":0},"up-meaning":{"due":1767225600000,"interval":0,"reps":0,"lapses":0}},"quizScores":[{"date":"2026-01-01T10:00:00.000Z","score":4,"total":5}]}',
  studyV1:
    '{"kind":"pushpull-lab/study-progress","version":1,"cards":{"models-core":{"due":"2026-03-05T09:00:00.000Z","stability":3.1262,"difficulty":2.1181,"elapsed_days":0,"scheduled_days":3,"learning_steps":0,"reps":1,"lapses":0,"state":2,"last_review":"2026-03-02T09:00:00.000Z"}},"quiz":[{"at":"2026-03-02T09:10:00.000Z","score":7,"total":8,"wrong":["pgw-model"]}]}',
  lessonsV1: '{"version":1,"lessonsRead":["two-models"],"tasksDone":["two-models/miss-half"]}',
  lessonsV2:
    '{"version":2,"lessonsRead":["two-models","pull-in-practice"],"tasksDone":["two-models/miss-half"],"quizAnswers":{"two-models":1}}',
  dailyV1: '{"version":1,"newPerDay":15,"day":"2026-03-02","ids":["models-core"]}',
  diagnosticV1:
    '{"version":1,"attempts":[{"form":"A","finishedAtMs":1767225600000,"answers":{"a-two-models":true,"a-pull-in-practice":false}}]}',
  spokenV1:
    '{"version":1,"entries":[{"savedAtMs":1767225600000,"text":"Who opens the connection.","covered":[0,2],"rubricSize":5,"audioId":"rec-1"}]}',
};

const KEYS = {
  lessons: 'pushpull-lab:progress',
  study: 'pushpull-lab:study',
  daily: 'pushpull-lab:study-daily',
  diagnostic: 'pushpull-lab:diagnostic',
  spoken: 'pushpull-lab:spoken-answer',
} as const;

const DAY = 86_400_000;

/** What the frozen v0 study data becomes, worked out from migrateV0's rules, not from its output. */
const studyFromV0 = {
  kind: 'pushpull-lab/study-progress',
  version: 1,
  cards: {
    'models-core': {
      due: '2026-01-01T00:00:00.000Z',
      stability: 3,
      difficulty: 5,
      elapsed_days: 0,
      scheduled_days: 3,
      learning_steps: 0,
      reps: 2,
      lapses: 0,
      state: State.Review,
      last_review: new Date(1767225600000 - 3 * DAY).toISOString(),
    },
    // Never reviewed: a new card, due when it was.
    'up-meaning': expect.objectContaining({ due: '2026-01-01T00:00:00.000Z', reps: 0, state: State.New }),
  },
  quiz: [{ at: '2026-01-01T10:00:00.000Z', score: 4, total: 5, wrong: [] }],
};

function loadAll(storage: ReturnType<typeof memoryStorage>['storage']) {
  const site = dataStore(() => storage);
  return Object.fromEntries(
    SECTION_NAMES.map((name) => [name, site.section(SECTIONS[name] as Section<unknown>).load()]),
  );
}

describe('moving every old key into the document', () => {
  it.each([
    ['first-release study progress (v0)', 'study', OLD.studyV0, studyFromV0],
    ['study progress v1', 'study', OLD.studyV1, JSON.parse(OLD.studyV1)],
    [
      'course progress v1 (no quiz answers)',
      'lessons',
      OLD.lessonsV1,
      { version: 2, lessonsRead: ['two-models'], tasksDone: ['two-models/miss-half'], quizAnswers: {} },
    ],
    ['course progress v2', 'lessons', OLD.lessonsV2, JSON.parse(OLD.lessonsV2)],
    ['daily new cards v1', 'daily', OLD.dailyV1, JSON.parse(OLD.dailyV1)],
    ['diagnostic attempts v1', 'diagnostic', OLD.diagnosticV1, JSON.parse(OLD.diagnosticV1).attempts],
    ['spoken answers v1', 'spoken', OLD.spokenV1, JSON.parse(OLD.spokenV1).entries],
  ] as const)('%s', (_, name, raw, expected) => {
    const { data, storage } = memoryStorage({ [KEYS[name]]: raw });
    const loaded = loadAll(storage)[name];
    expect(loaded).toEqual({ status: 'ok', value: expected });
    expect([...data.keys()]).toEqual([DATA_KEY]);
    // Read from the document on the next visit, the same.
    expect(loadAll(storage)[name]).toEqual({ status: 'ok', value: expected });
  });

  it('all old keys at once become one document and nothing else', () => {
    const { data, storage } = memoryStorage({
      [KEYS.study]: OLD.studyV1,
      [KEYS.lessons]: OLD.lessonsV2,
      [KEYS.daily]: OLD.dailyV1,
      [KEYS.diagnostic]: OLD.diagnosticV1,
      [KEYS.spoken]: OLD.spokenV1,
      'pushpull-lab:theme': 'dark',
      'another-app': 'kept',
    });
    const loaded = loadAll(storage);
    expect(Object.values(loaded).map((l) => l.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    // The theme stays apart (it must be read before the page paints), and other apps' keys stay.
    expect([...data.keys()].sort()).toEqual(['another-app', DATA_KEY, 'pushpull-lab:theme']);
    const doc = JSON.parse(data.get(DATA_KEY)!);
    expect(doc).toEqual({
      kind: 'pushpull-lab/data',
      version: 1,
      sections: {
        study: JSON.parse(OLD.studyV1),
        lessons: JSON.parse(OLD.lessonsV2),
        daily: JSON.parse(OLD.dailyV1),
        diagnostic: JSON.parse(OLD.diagnosticV1),
        spoken: JSON.parse(OLD.spokenV1),
      },
    });
  });

  it('a first-release card the scheduler cannot use is reset with the field named', () => {
    const { storage } = memoryStorage({
      [KEYS.study]: '{"cards":{"models-core":{"due":1e308,"interval":3,"reps":2,"lapses":0}}}',
    });
    const loaded = loadAll(storage).study;
    expect(loaded.status).toBe('reset');
    expect(loaded.status === 'reset' && loaded.reason).toContain('cards.models-core.due');
  });
});

const sample = (): SiteData => {
  const { storage } = memoryStorage({
    [KEYS.study]: OLD.studyV1,
    [KEYS.lessons]: OLD.lessonsV2,
    [KEYS.daily]: OLD.dailyV1,
    [KEYS.diagnostic]: OLD.diagnosticV1,
    [KEYS.spoken]: OLD.spokenV1,
  });
  return Object.fromEntries(Object.entries(loadAll(storage)).map(([k, l]) => [k, l.value])) as unknown as SiteData;
};

describe('the export file', () => {
  it('holds every section and imports back whole', () => {
    const d = sample();
    const text = serializeData(d);
    expect(JSON.parse(text)).toMatchObject({ kind: 'pushpull-lab/data', version: 1 });
    expect(Object.keys(JSON.parse(text).sections)).toEqual(['lessons', 'study', 'daily', 'diagnostic', 'spoken']);
    expect(parseDataFile(text)).toEqual({ ok: true, scope: 'all', data: d });
    expect(parseDataFile('\uFEFF' + text).ok).toBe(true);
  });

  it('a section missing from the file is empty there', () => {
    const r = parseDataFile('{"kind":"pushpull-lab/data","version":1,"sections":{}}');
    expect(r.ok && r.scope === 'all' && dataCounts(r.data).every((c) => c.count === 0)).toBe(true);
  });

  it.each([
    ['the old cards-only export (v1)', OLD.studyV1, JSON.parse(OLD.studyV1)],
    ['a first-release file (v0)', OLD.studyV0, studyFromV0],
  ])('%s still imports, as cards and quiz rounds only', (_, text, study) => {
    expect(parseDataFile(text)).toEqual({ ok: true, scope: 'study', study });
  });

  const withSection = (name: string, value: unknown) =>
    JSON.stringify({ kind: 'pushpull-lab/data', version: 1, sections: { [name]: value } });
  const badCard = JSON.parse(OLD.studyV1);
  badCard.cards['models-core'].difficulty = 0;

  it.each([
    ['not JSON', '{"kind":', 'it is not valid JSON'],
    ['foreign JSON', '{"a":1}', 'it is not a PushPull Lab progress file'],
    ['a newer document', '{"kind":"pushpull-lab/data","version":2,"sections":{}}', 'newer version of the site (v2)'],
    ['no sections', '{"kind":"pushpull-lab/data","version":1}', 'sections: must be an object'],
    ['a card the scheduler refuses', withSection('study', badCard), 'flashcards and quiz rounds cannot be read'],
    ['a card the scheduler refuses (the field)', withSection('study', badCard), 'difficulty must be 1 to 10'],
    [
      'a newer section',
      withSection('lessons', { version: 3 }),
      'it holds course progress from a newer version of the site (v3)',
    ],
    ['a damaged section', withSection('daily', { version: 1, newPerDay: -1 }), 'daily new-card count cannot be read'],
    ['foreign checks', withSection('diagnostic', [1, 2]), 'check results cannot be read'],
  ])('refuses %s, saying why', (_, text, why) => {
    const r = parseDataFile(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContain(why);
  });

  it('refuses a file far too large before reading it', () => {
    expect(parseDataFile(' '.repeat(1_000_001))).toEqual({
      ok: false,
      error: 'This file is too large to be a progress file.',
    });
  });
});
