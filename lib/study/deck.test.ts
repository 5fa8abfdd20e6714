import { describe, expect, it } from 'vitest';
import { FIGURES } from '../figures/registry';
import { runScenario } from '../run/run';
import { scenarioOrThrow } from '../scenario/parse';
import { FOLLOW_UPS, MISTAKES, TAKEAWAY, THIRTY_SECONDS, TWO_MINUTES } from './answers';
import { DECK, TOPICS } from './deck';
import { toAnkiText } from './export-anki';
import { toCsv } from './export-csv';
import { htmlToRich, parseDelimited, readAnki } from './read-export.test-support';
import { linkHref, linkLabel, linkResolves, type StudyLink } from './links';
import { QUESTIONS } from './quiz';

describe('deck', () => {
  it('has at least 40 cards with unique ids and text on both sides', () => {
    expect(DECK.length).toBeGreaterThanOrEqual(40);
    expect(new Set(DECK.map((c) => c.id)).size).toBe(DECK.length);
    for (const c of DECK) {
      expect(c.front.length, c.id).toBeGreaterThan(10);
      expect(c.back.length, c.id).toBeGreaterThan(20);
    }
  });

  it('covers every topic', () => {
    const used = new Set(DECK.map((c) => c.topic));
    expect([...used].sort()).toEqual(Object.keys(TOPICS).sort());
  });

  it('links every card to at least one lesson or preset', () => {
    for (const c of DECK) expect(c.links.length, c.id).toBeGreaterThan(0);
  });
});

describe('predict cards', () => {
  const predict = DECK.filter((c) => c.topic === 'predict');

  it('are the cards with a simulation, at least three of them', () => {
    expect(predict.length).toBeGreaterThanOrEqual(3);
    expect(DECK.filter((c) => c.run).map((c) => c.id)).toEqual(predict.map((c) => c.id));
  });

  it.each(predict.map((c) => [c.id, c] as const))('%s: a real run lands in the range the back states', (_id, c) => {
    const { scenario, figure, states } = c.run!;
    const report = runScenario(scenarioOrThrow(scenario))!;
    for (const side of ['pull', 'push'] as const) {
      const value = FIGURES[figure].value(report[side], report);
      expect(value, side).not.toBeNull();
      expect(value!, side).toBeGreaterThanOrEqual(states[side].min);
      expect(value!, side).toBeLessThanOrEqual(states[side].max);
    }
  });

  it('answer both sides in words on the back, so a card read without the simulation still answers', () => {
    for (const c of predict) {
      expect(c.back, c.id).toMatch(/(^|\. )Pull: \S/);
      expect(c.back, c.id).toMatch(/(^|\. )Push: \S/);
    }
  });

  it('export to Anki and CSV with the same back, as text', () => {
    const anki = readAnki(toAnkiText(predict)).rows.map((row) => htmlToRich(row[1]));
    const csv = parseDelimited(toCsv(predict), ',')
      .slice(1)
      .map((row) => row[3]);
    expect(anki).toEqual(predict.map((c) => c.back));
    expect(csv).toEqual(predict.map((c) => c.back));
  });
});

describe('links', () => {
  const all: [string, StudyLink][] = [
    ...DECK.flatMap((c) => c.links.map((l) => [`card ${c.id}`, l] as [string, StudyLink])),
    ...[...THIRTY_SECONDS, ...TWO_MINUTES, TAKEAWAY].flatMap((c) =>
      c.links.map((l) => ['answer', l] as [string, StudyLink]),
    ),
    ...FOLLOW_UPS.flatMap((f) => f.links.map((l) => [`follow-up ${f.id}`, l] as [string, StudyLink])),
    ...MISTAKES.flatMap((m) => m.links.map((l) => [`mistake ${m.claim}`, l] as [string, StudyLink])),
    ...QUESTIONS.flatMap((q) => q.links.map((l) => [`question ${q.id}`, l] as [string, StudyLink])),
  ];

  it('all resolve to a known lesson slug or preset id', () => {
    const broken = all.filter(([, l]) => !linkResolves(l)).map(([where, l]) => `${where}: ${JSON.stringify(l)}`);
    expect(broken).toEqual([]);
  });

  it('builds hrefs and labels', () => {
    expect(linkHref({ lesson: 'hybrid' })).toBe('/lessons/hybrid');
    expect(linkHref({ preset: 'iot-nat' })).toBe('/lab?preset=iot-nat');
    expect(linkLabel({ preset: 'iot-nat' })).toBe('Lab: IoT devices behind NAT');
    expect(linkResolves({ lesson: 'no-such-lesson' })).toBe(false);
    expect(linkResolves({ preset: 'no-such-preset' })).toBe(false);
  });
});

describe('answers', () => {
  it('names the two canonical examples', () => {
    const text = TWO_MINUTES.map((c) => c.text).join(' ');
    expect(text).toMatch(/Prometheus on Kubernetes/);
    expect(text).toMatch(/PutMetricData/);
  });

  it('gives every follow-up a rubric and unique id', () => {
    expect(new Set(FOLLOW_UPS.map((f) => f.id)).size).toBe(FOLLOW_UPS.length);
    for (const f of FOLLOW_UPS) expect(f.rubric.length, f.id).toBeGreaterThanOrEqual(2);
  });
});

describe('mock interview questions', () => {
  it('include the main question first and every follow-up, each with a rubric', async () => {
    const { MOCK_QUESTIONS, QUESTION } = await import('./answers');
    expect(MOCK_QUESTIONS[0].question).toBe(QUESTION);
    expect(MOCK_QUESTIONS).toHaveLength(FOLLOW_UPS.length + 1);
    for (const q of MOCK_QUESTIONS) expect(q.rubric.length, q.id).toBeGreaterThanOrEqual(2);
  });
});
