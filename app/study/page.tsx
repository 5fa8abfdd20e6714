import type { Metadata } from 'next';
import { AnswerPanel } from '@/components/study/AnswerPanel';
import { StudyTabs } from '@/components/study/StudyTabs';
import { NoScriptNotice } from '@/components/site/NoScriptNotice';
import { PageIntro } from '@/components/ui/PageIntro';

export const metadata: Metadata = {
  title: 'Study',
  description:
    'Interview preparation for “What is the difference between push- and pull-based monitoring?”: model answers, flashcards with spaced repetition, a quiz and a mock interview.',
};

export default function StudyPage() {
  return (
    <div className="mx-auto max-w-6xl px-4 pt-12 sm:px-6 sm:pt-16">
      <PageIntro eyebrow="Interview study" title="“What is the difference between push- and pull-based monitoring?”">
        <p>
          The answer an interviewer wants, then flashcards with spaced repetition, a quiz that runs the simulator, and a
          timed mock interview. Every claim links to the lesson or lab scenario that shows it.
        </p>
      </PageIntro>
      <NoScriptNotice>
        Without it only the model answer below works: flashcards, the quiz, the mock interview and your progress need
        it. The lessons and the cheat sheet read fully without JavaScript.
      </NoScriptNotice>
      <div className="mt-10">
        <StudyTabs answer={<AnswerPanel />} />
      </div>
    </div>
  );
}
