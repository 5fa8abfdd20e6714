import { describe, expect, it } from 'vitest';
import { Rating, State } from 'ts-fsrs';
import { decodeText } from '../storage';
import {
  emptyProgress,
  loadNotice,
  migrateV0,
  parseImport,
  PROGRESS_KIND,
  QUIZ_HISTORY_LIMIT,
  serialize,
  STUDY_CODEC,
  summarize,
  withAttempt,
  withCard,
  type ProgressV0,
} from './progress';
import { previewIntervals, review } from './scheduler';

const NOW = new Date('2026-03-02T09:00:00Z');

const sample = () =>
  withAttempt(withCard(emptyProgress(), 'models-core', review(undefined, Rating.Good, NOW)), {
    at: NOW.toISOString(),
    score: 3,
    total: 5,
    wrong: ['pgw-model', 'predict-ci'],
  });

const v0: ProgressV0 = {
  cards: {
    'models-core': { due: Date.parse('2026-03-04T00:00:00Z'), interval: 6, reps: 3, lapses: 1 },
    'up-meaning': { due: Date.parse('2026-03-01T00:00:00Z'), interval: 0, reps: 0, lapses: 0 },
  },
  quizScores: [{ date: '2026-02-20T10:00:00Z', score: 7, total: 10 }],
};

/** Stored text → progress and the notice the learner would see, as the study page loads it. */
function parseStored(raw: string) {
  const loaded = decodeText(STUDY_CODEC, raw);
  return { progress: loaded.value, notice: loadNotice(loaded) };
}

describe('stored progress', () => {
  it('reads back what it wrote', () => {
    const p = sample();
    expect(parseStored(serialize(p))).toEqual({ progress: p, notice: null });
  });

  it('keeps progress from a newer version aside and says so', () => {
    const r = parseStored(JSON.stringify({ ...emptyProgress(), version: 2 }));
    expect(r.progress).toEqual(emptyProgress());
    expect(r.notice).toMatch(/newer version of the site \(v2\).*not saved/);
  });

  it.each([
    ['corrupted JSON', '{"kind": "pushpull-lab/st', /not valid JSON/],
    ['foreign JSON', '{"theme":"dark","volume":3}', /not a PushPull Lab progress file/],
    ['a JSON array', '[1,2,3]', /not a PushPull Lab progress file/],
    ['an older unknown version', JSON.stringify({ ...emptyProgress(), version: 0 }), /damaged \(version/],
    [
      'a damaged card',
      JSON.stringify({ ...emptyProgress(), cards: { x: { due: 'soon' } } }),
      /damaged \(cards\.x\.due: must be a date from 1970 to 2299\)/,
    ],
  ])('resets %s with a notice', (_what, raw, reason) => {
    const r = parseStored(raw);
    expect(r.progress).toEqual(emptyProgress());
    expect(r.notice).toMatch(reason);
    expect(r.notice).toMatch(/has been reset/);
  });
});

describe('migrateV0', () => {
  it('turns reviewed cards into FSRS review cards and keeps due dates and counts', () => {
    const p = parseStored(JSON.stringify(v0));
    expect(p.notice).toBeNull();
    const card = p.progress.cards['models-core'];
    expect(card).toMatchObject({
      due: '2026-03-04T00:00:00.000Z',
      state: State.Review,
      stability: 6,
      reps: 3,
      lapses: 1,
      last_review: '2026-02-26T00:00:00.000Z',
    });
    expect(p.progress.cards['up-meaning'].state).toBe(State.New);
    expect(p.progress.quiz).toEqual([{ at: '2026-02-20T10:00:00.000Z', score: 7, total: 10, wrong: [] }]);
    expect(p.progress.version).toBe(1);
  });

  it('gives migrated cards sensible next intervals', () => {
    const card = migrateV0(v0).cards['models-core'];
    const p = previewIntervals(card, new Date(card.due));
    for (const text of Object.values(p)) expect(text).toMatch(/^\d+(\.\d)? (min|h|d|mo|y)$/);
  });
});

describe('parseImport', () => {
  it('round-trips an export', () => {
    const p = sample();
    expect(parseImport(serialize(p))).toEqual({ ok: true, progress: p });
  });

  it('accepts a v0 file by migrating it', () => {
    const r = parseImport(JSON.stringify(v0));
    expect(r.ok && r.progress.kind).toBe(PROGRESS_KIND);
  });

  it('accepts a file that starts with a byte-order mark', () => {
    expect(parseImport('\uFEFF' + serialize(sample())).ok).toBe(true);
  });

  it('counts what a file holds, to say what an import replaces', () => {
    // sample(): one card graded once, one quiz round.
    expect(summarize(sample())).toEqual({ cards: 1, reviews: 1, quizRounds: 1 });
  });

  const card = review(undefined, Rating.Good, NOW);
  const withBad = (patch: object) => serialize(withCard(emptyProgress(), 'models-core', { ...card, ...patch }));
  it.each([
    // Each of these was accepted before, then crashed the scheduler or the page.
    [
      'a v0 card due in year 3e300',
      JSON.stringify({ cards: { x: { due: 1e308, interval: 1, reps: 1, lapses: 0 } } }),
      /cards\.x\.due/,
    ],
    ['a card with difficulty 0', withBad({ difficulty: 0 }), /difficulty must be 1 to 10/],
    ['a card with stability 0', withBad({ stability: 0 }), /difficulty must be 1 to 10 and stability/],
    ['a card with difficulty 11', withBad({ difficulty: 11 }), /difficulty: must be a number from 0 to 10/],
    [
      'a card reviewed after it is due',
      withBad({ last_review: '2026-04-01T00:00:00.000Z' }),
      /last_review: must not be after due/,
    ],
    ['a card in an unknown state', withBad({ state: 7 }), /state: must be a card state/],
    ['a card with 1.5 reviews', withBad({ reps: 1.5 }), /reps: must be a whole number/],
    ['not JSON', 'hello', /not valid JSON/],
    ['a foreign file', '{"name":"package","version":"1.0.0"}', /not a PushPull Lab progress file/],
    ['a damaged file', JSON.stringify({ ...emptyProgress(), quiz: [{ at: 'x' }] }), /damaged/],
    ['a huge file', ' '.repeat(1_000_001), /too large/],
  ])('refuses %s with a clear message', (_what, text, message) => {
    const r = parseImport(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});

describe('withAttempt', () => {
  it('keeps only the latest attempts', () => {
    let p = emptyProgress();
    for (let i = 0; i < QUIZ_HISTORY_LIMIT + 5; i++)
      p = withAttempt(p, { at: NOW.toISOString(), score: i, total: 100, wrong: [] });
    expect(p.quiz).toHaveLength(QUIZ_HISTORY_LIMIT);
    expect(p.quiz[0].score).toBe(5);
  });
});
