/**
 * The shape of a lesson's interactive parts. Prose lives in MDX (components/lessons/content);
 * everything a test must check (tasks, quiz, sources) lives here, as data.
 */
import type { FigureId } from '../figures/registry';
import type { Choice } from '../quiz/choice';
import type { KnobId, KnobSetting } from '../lab/path';
import type { ScenarioInput } from '../scenario/schema';
import type { Report } from '../sim/report';

/** One step a reader can take to complete a task: set this knob to a value of its type. */
export type TaskStep = KnobSetting;

export interface LessonTask {
  id: string;
  /** Imperative, short: "Make pull miss more than half the jobs". */
  label: string;
  /** Shown on request: which control to try. Names the knob(s) the solution sets, never the opposite way (data/hints.test.ts). */
  hint: string;
  /** Shown beside the tick once done: one line on what the reader just made happen. */
  outcome: string;
  /** Ticks the task when the simulation's current report satisfies it. */
  done(report: Report): boolean;
  /** A known way to complete it through the lesson's own controls (the e2e tests follow it). */
  solution: TaskStep[];
}

export interface LessonSim {
  id: string;
  /** A preset to start from (lib/scenario/presets.ts), then `scenario` laid over it. */
  preset?: string;
  scenario?: ScenarioInput;
  /** The knobs this simulation shows (a subset of the lab's); service groups by name. */
  knobs: KnobId[];
  tasks: LessonTask[];
  /*
   * Optional extras (added with the lesson components; all may be left out):
   * - caption: one line above the simulation, naming what it shows (default: "Try it").
   * - figures: figures from the registry (lib/figures) shown pull beside push (default: missed, never-seen, load-mean).
   * - views: heavier views loaded with the simulation: 'timeline' (the network view above the fleet
   *   timeline, per instance), 'gateway-store' (the Pushgateway's stored groups over the run).
   * - zoom: 'window' opens the fleet timeline on a few scrape intervals, where single jobs show
   *   (default: the whole run).
   * - charts: charts over time, pull beside push: 'missed' samples, 'down' (up = 0 / marked dead),
   *   'load' (each bucket's busiest second).
   */
  caption?: string;
  figures?: FigureId[];
  views?: LessonView[];
  charts?: LessonChart[];
  zoom?: 'run' | 'window';
}

export type LessonView = 'timeline' | 'gateway-store';
export type LessonChart = 'missed' | 'down' | 'load';

/**
 * "Predict, then see": a guess the reader commits before the simulation shows the answer. The
 * stated right option is checked against the simulation itself (data/predictions.test.ts).
 */
export interface LessonPrediction extends Choice {
  id: string;
  /** The simulation the question is about; the reader then sees the answer there. */
  sim: string;
  /** Settings the question assumes, reached through the sim's controls; none means its starting point. */
  setting: TaskStep[];
  /** The index of the option the simulation's report makes right. */
  answer(report: Report): number;
}

/** A lesson's check-your-understanding question: the shared choice model (lib/quiz/choice.ts). */
export type LessonQuiz = Choice;

export interface LessonSource {
  label: string;
  href: string;
}

export interface LessonData {
  slug: string;
  sims: LessonSim[];
  quiz: LessonQuiz;
  /** Guesses to commit before a simulation answers them (optional: not every lesson has one). */
  predictions?: LessonPrediction[];
  sources: LessonSource[];
}
