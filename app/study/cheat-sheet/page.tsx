import type { Metadata } from 'next';
import { Link } from '@/components/ui/Link';
import { CheatSheet } from '@/components/study/CheatSheet';
import { PrintButton } from '@/components/study/PrintButton';

export const metadata: Metadata = {
  title: 'Cheat sheet',
  description:
    'A one-page cheat sheet on push- versus pull-based monitoring: the short answer, the comparison table, key numbers, mistakes and follow-ups. Prints on one page.',
};

export default function CheatSheetPage() {
  return (
    <div className="mx-auto max-w-4xl px-4 pt-10 sm:px-6 sm:pt-12 print:max-w-none print:p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link
          href="/study"
          className="inline-flex h-11 items-center text-sm font-semibold underline underline-offset-4"
        >
          ← Back to study
        </Link>
        <PrintButton />
      </div>
      <h1 className="mt-4 text-3xl font-bold tracking-tight text-balance print:mt-0 print:text-[14pt]">
        Push vs pull monitoring: cheat sheet
      </h1>
      <CheatSheet />
    </div>
  );
}
