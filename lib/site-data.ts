/**
 * All of the learner's data as one file: the stored document (lib/storage.ts) with every section,
 * exported as it is kept and imported through the same section codecs that read it from storage,
 * so a file is accepted exactly when its sections would load (the scheduler's invariants included,
 * lib/study/progress.ts). Checked by hand, not with zod: this runs on /study's main thread, lazily,
 * only when the progress view opens.
 */
import { LESSON_SECTION, type LessonProgress } from './lessons/progress';
import { DIAGNOSTIC_SECTION, SPOKEN_SECTION, type SpokenAnswer } from './diagnostic/store';
import type { Attempt } from './diagnostic/score';
import {
  DAILY_SECTION,
  IMPORT_MAX_BYTES,
  parseImport,
  STUDY_SECTION,
  summarize as summarizeStudy,
  type Progress,
} from './study/progress';
import type { DailyNew } from './study/session';
import {
  DATA_KIND,
  DATA_VERSION,
  decodeEnvelope,
  decodeJson,
  SECTION_NAMES,
  type DataDocument,
  type Section,
  type SectionName,
} from './storage';

export interface SiteData {
  lessons: LessonProgress;
  study: Progress;
  daily: DailyNew;
  diagnostic: Attempt[];
  spoken: SpokenAnswer[];
}

/** Every section of the document, with its codec: the registry the file format is made of. */
export const SECTIONS: { [K in SectionName]: Section<SiteData[K]> } = {
  lessons: LESSON_SECTION,
  study: STUDY_SECTION,
  daily: DAILY_SECTION,
  diagnostic: DIAGNOSTIC_SECTION,
  spoken: SPOKEN_SECTION,
};

/** What each section is called when a message names it. */
const LABELS: Record<SectionName, string> = {
  lessons: 'course progress',
  study: 'flashcards and quiz rounds',
  daily: 'daily new-card count',
  diagnostic: 'check results',
  spoken: 'spoken answers',
};

/** A section's value as the document stores it. */
export const toSectionJson = <K extends SectionName>(name: K, value: SiteData[K]): unknown =>
  (SECTIONS[name].toJson ?? ((v: SiteData[K]) => v))(value);

/** The sections as the document stores them. */
export function toSections(data: SiteData): Record<SectionName, unknown> {
  return {
    lessons: toSectionJson('lessons', data.lessons),
    study: toSectionJson('study', data.study),
    daily: toSectionJson('daily', data.daily),
    diagnostic: toSectionJson('diagnostic', data.diagnostic),
    spoken: toSectionJson('spoken', data.spoken),
  };
}

/** The export file: the document itself, every section written out. */
export function serializeData(data: SiteData): string {
  const doc: DataDocument = { kind: DATA_KIND, version: DATA_VERSION, sections: toSections(data) };
  return JSON.stringify(doc, null, 1);
}

export type DataImport =
  /** A file of this format: it replaces everything. */
  | { ok: true; scope: 'all'; data: SiteData }
  /** A file exported before the one document (cards and quiz rounds only): it replaces those. */
  | { ok: true; scope: 'study'; study: Progress }
  | { ok: false; error: string };

const refuse = (reason: string): DataImport => ({ ok: false, error: `This file could not be imported: ${reason}.` });

function decodeSection<K extends SectionName>(name: K, json: unknown): { ok: true; value: SiteData[K] } | string {
  const { codec } = SECTIONS[name];
  if (json === undefined) return { ok: true, value: codec.empty() };
  const loaded = decodeJson(codec, json);
  if (loaded.status === 'ok') return { ok: true, value: loaded.value };
  if (loaded.status === 'newer')
    return `it holds ${LABELS[name]} from a newer version of the site (v${loaded.version})`;
  if (loaded.status === 'reset') return `its ${LABELS[name]} cannot be read: ${loaded.reason}`;
  return `its ${LABELS[name]} cannot be read`;
}

/** A file the learner chose → what it replaces, or a message saying why it was not imported; never throws. */
export function parseDataFile(text: string): DataImport {
  if (text.length > IMPORT_MAX_BYTES) return { ok: false, error: 'This file is too large to be a progress file.' };
  // A byte-order mark is how some editors save UTF-8; it is not part of the JSON.
  const clean = text.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(clean);
  } catch {
    return refuse('it is not valid JSON');
  }
  if (typeof json !== 'object' || json === null || (json as { kind?: unknown }).kind !== DATA_KIND) {
    const old = parseImport(clean);
    return old.ok ? { ok: true, scope: 'study', study: old.progress } : { ok: false, error: old.error };
  }
  const envelope = decodeEnvelope(json);
  if (envelope.status === 'newer') return refuse(`it was saved by a newer version of the site (v${envelope.version})`);
  if (envelope.status === 'reset') return refuse(envelope.reason);
  const { sections } = envelope.doc;
  const data: Partial<SiteData> = {};
  for (const name of SECTION_NAMES) {
    const decoded = decodeSection(name, sections[name]);
    if (typeof decoded === 'string') return refuse(decoded);
    (data as Record<SectionName, unknown>)[name] = decoded.value;
  }
  return { ok: true, scope: 'all', data: data as SiteData };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "12 cards (30 reviews) and 3 quiz rounds" */
export function describeStudy(p: Progress): string {
  const { cards, reviews, quizRounds } = summarizeStudy(p);
  return `${plural(cards, 'card')} (${plural(reviews, 'review')}) and ${plural(quizRounds, 'quiz round')}`;
}

/** How many of each thing a file or this device holds, to show what an import replaces. */
export function dataCounts(d: SiteData): { label: string; count: number }[] {
  const { cards, reviews, quizRounds } = summarizeStudy(d.study);
  return [
    { label: 'Lessons read', count: d.lessons.lessonsRead.length },
    { label: 'Tasks done', count: d.lessons.tasksDone.length },
    { label: 'Lesson quizzes answered', count: Object.keys(d.lessons.quizAnswers).length },
    { label: 'Flashcards studied', count: cards },
    { label: 'Flashcard reviews', count: reviews },
    { label: 'Quiz rounds', count: quizRounds },
    { label: 'Checks taken', count: d.diagnostic.length },
    { label: 'Spoken answers', count: d.spoken.length },
  ];
}
