import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../memory-storage.test-support';
import { dataStore, decodeJson, decodeText } from '../storage';
import { formQuestions } from './questions';
import { DIAGNOSTIC_CODEC, DIAGNOSTIC_SECTION, HISTORY_LIMIT, SPOKEN_CODEC, SPOKEN_SECTION } from './store';

const qa = formQuestions('A')[0].id;
const qb = formQuestions('B')[0].id;

describe('diagnostic storage', () => {
  it('round-trips attempts', () => {
    const { storage } = memoryStorage();
    const store = dataStore(() => storage).section(DIAGNOSTIC_SECTION);
    const attempts = [{ form: 'A' as const, finishedAtMs: 5, answers: { [qa]: true } }];
    expect(store.save(attempts)).toEqual({ ok: true });
    expect(store.load()).toEqual({ status: 'ok', value: attempts });
  });

  it('drops entries it cannot trust and keeps the rest', () => {
    const raw = JSON.stringify({
      version: 1,
      attempts: [
        { form: 'A', finishedAtMs: 1, answers: { [qa]: true, [qb]: true, unknown: false } },
        { form: 'C', finishedAtMs: 1, answers: { [qa]: true } },
        { form: 'B', finishedAtMs: -1, answers: { [qb]: true } },
        { form: 'B', finishedAtMs: 2, answers: { [qb]: 'yes' } },
        null,
      ],
    });
    expect(decodeText(DIAGNOSTIC_CODEC, raw)).toEqual({
      status: 'ok',
      value: [{ form: 'A', finishedAtMs: 1, answers: { [qa]: true } }],
    });
  });

  it('resets foreign data with a reason, and leaves newer data untouched', () => {
    expect(decodeText(DIAGNOSTIC_CODEC, '{"cards":[]}').status).toBe('reset');
    expect(decodeText(DIAGNOSTIC_CODEC, 'not json').status).toBe('reset');
    const { storage, data } = memoryStorage({ [DIAGNOSTIC_CODEC.key]: '{"version":9,"attempts":[]}' });
    const store = dataStore(() => storage).section(DIAGNOSTIC_SECTION);
    expect(store.load()).toMatchObject({ status: 'newer', version: 9 });
    expect(store.save([])).toEqual({ ok: false, reason: 'newer' });
    expect(data.get(DIAGNOSTIC_CODEC.key)).toBe('{"version":9,"attempts":[]}');
  });

  it('keeps only the newest entries', () => {
    const many = Array.from({ length: HISTORY_LIMIT + 5 }, (_, i) => ({
      form: 'A',
      finishedAtMs: i,
      answers: { [qa]: true },
    }));
    const loaded = decodeText(DIAGNOSTIC_CODEC, JSON.stringify({ version: 1, attempts: many }));
    expect(loaded.value).toHaveLength(HISTORY_LIMIT);
    expect(loaded.value[0].finishedAtMs).toBe(5);
  });

  it('never throws on any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = JSON.stringify(v) ?? 'null';
        decodeText(DIAGNOSTIC_CODEC, text);
        decodeText(SPOKEN_CODEC, text);
      }),
    );
  });
});

describe('spoken answer storage', () => {
  it('round-trips an answer and cleans its rubric ticks', () => {
    const entry = { savedAtMs: 3, text: 'Who opens the connection.', covered: [0, 2], rubricSize: 5, audioId: null };
    expect(decodeJson(SPOKEN_CODEC, SPOKEN_SECTION.toJson!([entry]))).toEqual({ status: 'ok', value: [entry] });
    const dirty = { ...entry, covered: [2, 2, 9, -1, 'x', 0], audioId: '' };
    expect(decodeText(SPOKEN_CODEC, JSON.stringify({ version: 1, entries: [dirty] })).value).toEqual([entry]);
  });

  it('drops malformed entries', () => {
    const bad = [
      { savedAtMs: 1, text: 4, covered: [], rubricSize: 5 },
      { savedAtMs: 1, text: '', covered: [], rubricSize: 0 },
    ];
    expect(decodeText(SPOKEN_CODEC, JSON.stringify({ version: 1, entries: bad })).value).toEqual([]);
  });
});
