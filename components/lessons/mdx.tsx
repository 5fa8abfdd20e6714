import type { MDXComponents } from 'mdx/types';
import { DEFAULT_FIGURES, findSim } from '@/lib/lessons/sim';
import { simStart } from '@/lib/lessons/sim-start';
import type { LessonData, LessonSim } from '@/lib/lessons/types';
import { Term } from '../glossary/Term';
import { ArtifactBlock } from './ArtifactBlock';
import { LessonSimulation, type SimOutline } from './LessonSimulation';
import { Note } from './Note';
import { Predict } from './Predict';
import { Quiz } from './Quiz';
import { Sources } from './Sources';

/**
 * The serialisable part of a simulation, for the client frame (task predicates stay out of the
 * props). Its starting scenario is validated here, at build time, so the page never loads the validator.
 */
function outlineOf(sim: LessonSim): SimOutline {
  return {
    id: sim.id,
    caption: sim.caption ?? 'A live simulation',
    knobCount: sim.knobs.length,
    figureCount: (sim.figures ?? DEFAULT_FIGURES).length,
    views: sim.views ?? [],
    chartCount: sim.charts?.length ?? 0,
    tasks: sim.tasks.map(({ id, label, hint, outcome }) => ({ id, label, hint, outcome })),
    start: simStart(sim),
  };
}

/**
 * The components a lesson's MDX can use, bound to that lesson's data:
 * `<Sim id="…" />`, `<Predict id="…" />`, `<Artifact kind="metrics" sim="…" />`, `<Note>…</Note>`,
 * `<Term id="…">…</Term>`, `<Quiz />`, `<Sources />`.
 */
export function lessonComponents(data: LessonData): MDXComponents {
  return {
    Sim: ({ id }: { id: string }) => {
      const sim = findSim(data, id);
      return sim ? (
        <LessonSimulation slug={data.slug} outline={outlineOf(sim)} />
      ) : (
        <p className="my-6 text-bad">This lesson has no simulation “{id}”.</p>
      );
    },
    Predict: ({ id }: { id: string }) => {
      const p = data.predictions?.find((x) => x.id === id);
      return p ? (
        <Predict prediction={{ id: p.id, question: p.question, options: p.options }} />
      ) : (
        <p className="my-6 text-bad">This lesson has no prediction “{id}”.</p>
      );
    },
    Artifact: ({ kind, sim }: { kind: string; sim: string }) => <ArtifactBlock kind={kind} sim={findSim(data, sim)} />,
    Note,
    Term,
    Quiz: () => <Quiz slug={data.slug} quiz={data.quiz} />,
    Sources: () => <Sources sources={data.sources} />,
  };
}
