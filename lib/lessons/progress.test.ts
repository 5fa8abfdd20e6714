import { describe, expect, it } from 'vitest';
import { countTasksDone, emptyProgress, markRead, markTask, parseProgress, PROGRESS_VERSION } from './progress';

describe('progress', () => {
  it('starts empty when nothing is stored, without calling it a reset', () => {
    expect(parseProgress(null)).toEqual({ progress: emptyProgress(), reset: false });
  });

  it('round-trips what it wrote', () => {
    const p = markTask(markRead(emptyProgress(), 'two-models'), 'two-models', 'miss-half');
    expect(parseProgress(JSON.stringify(p))).toEqual({ progress: p, reset: false });
  });

  it.each([
    ['not JSON', '{oops'],
    ['another version', JSON.stringify({ version: PROGRESS_VERSION + 1, lessonsRead: [], tasksDone: [] })],
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
    expect(parseProgress(raw).progress).toEqual({ version: PROGRESS_VERSION, lessonsRead: ['a'], tasksDone: ['a/t'] });
  });

  it('keeps only the fields it knows', () => {
    const raw = JSON.stringify({ version: PROGRESS_VERSION, lessonsRead: ['a'], tasksDone: [], extra: { x: 1 } });
    expect(parseProgress(raw)).toEqual({
      progress: { version: PROGRESS_VERSION, lessonsRead: ['a'], tasksDone: [] },
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
});
