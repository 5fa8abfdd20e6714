import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../memory-storage.test-support';
import { dataStore, decodeText } from '../storage';
import {
  countTasksDone,
  courseRows,
  emptyLessonProgress as emptyProgress,
  LESSON_CODEC,
  LESSON_PROGRESS_KEY,
  LESSON_SECTION,
  LESSON_PROGRESS_VERSION as PROGRESS_VERSION,
  lessonLoadNotice,
  markRead,
  markTask,
  quizAnswer,
  saveQuizAnswer,
} from './progress';

/** Stored text → progress, and whether the reader is told it was reset. */
function parseProgress(raw: string) {
  const loaded = decodeText(LESSON_CODEC, raw);
  return { progress: loaded.value, reset: loaded.status === 'reset' };
}

describe('progress', () => {
  it('says why stored progress was reset', () => {
    expect(lessonLoadNotice(decodeText(LESSON_CODEC, '{oops'))).toMatch(/could not be read \(it is not valid JSON\)/);
    expect(lessonLoadNotice({ status: 'ok', value: emptyProgress() })).toBeNull();
  });

  it('keeps progress from a newer version: reaching a lesson end does not overwrite it', () => {
    const newer = JSON.stringify({ version: PROGRESS_VERSION + 1, lessonsRead: ['two-models'], read: {} });
    const { data, storage } = memoryStorage({ [LESSON_PROGRESS_KEY]: newer });
    const store = dataStore(() => storage).section(LESSON_SECTION);
    const loaded = store.load();
    expect(loaded.status).toBe('newer');
    expect(lessonLoadNotice(loaded)).toContain(`newer version of this site (v${PROGRESS_VERSION + 1})`);
    expect(store.save(markRead(loaded.value, 'two-models'))).toEqual({ ok: false, reason: 'newer' });
    expect(data.get(LESSON_PROGRESS_KEY)).toBe(newer);
  });

  it('loads version 1 progress whole, with no quiz answers yet', () => {
    const v1 = JSON.stringify({ version: 1, lessonsRead: ['two-models'], tasksDone: ['two-models/miss-half'] });
    expect(parseProgress(v1)).toEqual({
      progress: {
        version: PROGRESS_VERSION,
        lessonsRead: ['two-models'],
        tasksDone: ['two-models/miss-half'],
        quizAnswers: {},
      },
      reset: false,
    });
  });

  it('keeps the last quiz answer per lesson, and drops stored answers that are not an option index', () => {
    const p = saveQuizAnswer(saveQuizAnswer(emptyProgress(), 'a', 2), 'b', 0);
    expect(saveQuizAnswer(p, 'a', 2)).toBe(p);
    expect(quizAnswer(saveQuizAnswer(p, 'a', 1), 'a')).toBe(1);
    expect(quizAnswer(p, 'b')).toBe(0);
    expect(quizAnswer(p, 'c')).toBeNull();
    const raw = JSON.stringify({ ...p, quizAnswers: { ...p.quizAnswers, c: -1, d: 1.5, e: 'x' } });
    expect(parseProgress(raw).progress.quizAnswers).toEqual({ a: 2, b: 0 });
  });

  it('round-trips what it wrote', () => {
    const p = saveQuizAnswer(
      markTask(markRead(emptyProgress(), 'two-models'), 'two-models', 'miss-half'),
      'two-models',
      1,
    );
    expect(parseProgress(JSON.stringify(p))).toEqual({ progress: p, reset: false });
  });

  it.each([
    ['not JSON', '{oops'],
    ['an older version', JSON.stringify({ version: 0, lessonsRead: [], tasksDone: [] })],
    ['a wrong shape', JSON.stringify({ version: PROGRESS_VERSION, lessonsRead: 'two-models', tasksDone: [] })],
    ['null', 'null'],
    ['a number', '3'],
    ['a missing field', JSON.stringify({ version: PROGRESS_VERSION, lessonsRead: [] })],
    ['a non-string entry', JSON.stringify({ version: PROGRESS_VERSION, lessonsRead: ['a', 2], tasksDone: [] })],
  ])('resets on %s', (_what, raw) => {
    expect(parseProgress(raw)).toEqual({ progress: emptyProgress(), reset: true });
  });

  it('drops duplicates a hand-edited store may hold', () => {
    const raw = JSON.stringify({ version: PROGRESS_VERSION, lessonsRead: ['a', 'a'], tasksDone: ['a/t', 'a/t'] });
    expect(parseProgress(raw).progress).toEqual({
      version: PROGRESS_VERSION,
      lessonsRead: ['a'],
      tasksDone: ['a/t'],
      quizAnswers: {},
    });
  });

  it('keeps only the fields it knows', () => {
    const raw = JSON.stringify({ version: PROGRESS_VERSION, lessonsRead: ['a'], tasksDone: [], extra: { x: 1 } });
    expect(parseProgress(raw)).toEqual({
      progress: { version: PROGRESS_VERSION, lessonsRead: ['a'], tasksDone: [], quizAnswers: {} },
      reset: false,
    });
  });

  it('marks once and returns the same object when nothing changes', () => {
    const read = markRead(emptyProgress(), 'a');
    expect(markRead(read, 'a')).toBe(read);
    const done = markTask(read, 'a', 't1');
    expect(markTask(done, 'a', 't1')).toBe(done);
    expect(done.tasksDone).toEqual(['a/t1']);
  });

  it('counts tasks per lesson, not across lessons with the same task id', () => {
    const p = markTask(markTask(emptyProgress(), 'a', 't1'), 'b', 't2');
    expect(countTasksDone(p, 'a', ['t1', 't2'])).toBe(1);
    expect(countTasksDone(p, 'b', ['t1', 't2'])).toBe(1);
  });

  it('lists each lesson as the learner did it: read, tasks, and the last quiz answer right or wrong', () => {
    const lessons = [
      { slug: 'a', title: 'A', taskIds: ['t1', 't2'] },
      { slug: 'b', title: 'B', taskIds: [] },
      { slug: 'c', title: 'C', taskIds: ['t1'] },
    ];
    let p = markTask(markRead(emptyProgress(), 'a'), 'a', 't2');
    p = saveQuizAnswer(saveQuizAnswer(p, 'a', 1), 'b', 0);
    // The right option is 1 in every lesson here: a's answer is right, b's wrong, c has none.
    expect(courseRows(p, lessons, () => 1)).toEqual([
      { slug: 'a', title: 'A', read: true, tasksDone: 1, tasks: 2, quiz: 'right' },
      { slug: 'b', title: 'B', read: false, tasksDone: 0, tasks: 0, quiz: 'wrong' },
      { slug: 'c', title: 'C', read: false, tasksDone: 0, tasks: 1, quiz: null },
    ]);
    // A lesson without a quiz has no verdict, whatever was stored.
    expect(courseRows(p, lessons, () => null).map((r) => r.quiz)).toEqual([null, null, null]);
  });
});
