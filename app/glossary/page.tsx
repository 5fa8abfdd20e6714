import type { Metadata } from 'next';
import { GlossaryList } from '@/components/glossary/GlossaryList';
import { PageIntro } from '@/components/ui/PageIntro';
import { GLOSSARY } from '@/lib/glossary/terms';

export const metadata: Metadata = {
  title: 'Glossary',
  description:
    'Every term and figure in PushPull Lab, defined in a sentence, with its source and the lesson that teaches it.',
};

export default function GlossaryPage() {
  return (
    <div className="mx-auto max-w-6xl px-4 pt-12 sm:px-6 sm:pt-16">
      <PageIntro eyebrow="Reference" title="Glossary">
        <p>
          The words the course and the lab use, each in one sentence, with the primary source behind it and the lesson
          that shows it.
        </p>
      </PageIntro>
      <GlossaryList terms={GLOSSARY} />
    </div>
  );
}
