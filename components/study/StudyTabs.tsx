'use client';

import dynamic from 'next/dynamic';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { ErrorBoundary, type Recovery } from '@/components/ui/ErrorBoundary';
import { Link } from '@/components/ui/Link';

const loading = () => <p className="text-muted">Loading…</p>;
// Everything interactive loads on first use, so the answer (server-rendered) paints first.
const Persistence = dynamic(() => import('./Persistence'), { ssr: false });
const Flashcards = dynamic(() => import('./Flashcards'), { ssr: false, loading });
const Quiz = dynamic(() => import('./Quiz'), { ssr: false, loading });
const MockInterview = dynamic(() => import('./MockInterview'), { ssr: false, loading });
const ProgressPanel = dynamic(() => import('./ProgressPanel'), { ssr: false, loading });

const TABS = [
  { id: 'answer', label: 'Answer' },
  { id: 'flashcards', label: 'Flashcards' },
  { id: 'quiz', label: 'Quiz' },
  { id: 'mock', label: 'Mock interview' },
  { id: 'progress', label: 'Progress' },
] as const;

type TabId = (typeof TABS)[number]['id'];

/** Saved progress is what a study mode reads at start; the store loads only when it is needed. */
const STUDY_RECOVERY: Recovery = {
  label: 'Reset study progress',
  run: async () => {
    if (!window.confirm('Forget all flashcard reviews and quiz rounds on this device, then try again?')) return false;
    (await import('./progressStore')).useProgress.getState().reset();
    return true;
  },
};

const isTab = (s: string): s is TabId => TABS.some((t) => t.id === s);

/** The study modes as tabs; the URL hash (#quiz) selects one, so each mode can be linked. */
export function StudyTabs({ answer }: { answer: ReactNode }) {
  const [tab, setTab] = useState<TabId>('answer');
  // Panels stay mounted once opened, so switching tabs never loses a quiz in progress.
  const [opened, setOpened] = useState<ReadonlySet<TabId>>(new Set(['answer']));
  const tabRefs = useRef<Partial<Record<TabId, HTMLButtonElement | null>>>({});

  const select = (id: TabId, focus = false) => {
    setTab(id);
    setOpened((o) => (o.has(id) ? o : new Set([...o, id])));
    history.replaceState(null, '', id === 'answer' ? location.pathname : `#${id}`);
    if (focus) tabRefs.current[id]?.focus();
  };

  useEffect(() => {
    const fromHash = () => {
      const h = location.hash.slice(1);
      if (isTab(h)) {
        setTab(h);
        setOpened((o) => (o.has(h) ? o : new Set([...o, h])));
      }
    };
    fromHash();
    window.addEventListener('hashchange', fromHash);
    return () => window.removeEventListener('hashchange', fromHash);
  }, []);

  // Arrow keys move between tabs, as the ARIA tabs pattern expects.
  const onKeyDown = (e: KeyboardEvent) => {
    const i = TABS.findIndex((t) => t.id === tab);
    const to =
      e.key === 'ArrowRight'
        ? (i + 1) % TABS.length
        : e.key === 'ArrowLeft'
          ? (i - 1 + TABS.length) % TABS.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? TABS.length - 1
              : -1;
    if (to < 0) return;
    e.preventDefault();
    select(TABS[to].id, true);
  };

  const interactive = [...opened].some((t) => t !== 'answer');
  const panel = (id: TabId, content: ReactNode) => (
    <div
      key={id}
      role="tabpanel"
      id={`panel-${id}`}
      aria-labelledby={`tab-${id}`}
      hidden={tab !== id}
      tabIndex={0}
      className="rounded-card focus-visible:outline-offset-4"
    >
      {opened.has(id) ? (
        <ErrorBoundary feature="This study mode" recovery={STUDY_RECOVERY}>
          {content}
        </ErrorBoundary>
      ) : null}
    </div>
  );

  return (
    <div>
      <div className="flex flex-wrap items-end justify-between gap-3 border-b border-border print:hidden">
        <div
          role="tablist"
          aria-label="Study modes"
          className="-mb-px flex overflow-x-auto sm:gap-1"
          onKeyDown={onKeyDown}
        >
          {TABS.map((t) => (
            <button
              key={t.id}
              ref={(el) => {
                tabRefs.current[t.id] = el;
              }}
              type="button"
              role="tab"
              id={`tab-${t.id}`}
              aria-selected={tab === t.id}
              aria-controls={`panel-${t.id}`}
              tabIndex={tab === t.id ? 0 : -1}
              onClick={() => select(t.id)}
              className={`h-11 shrink-0 rounded-t-lg border-b-2 px-1.5 text-sm font-semibold whitespace-nowrap sm:px-4 sm:text-base ${
                tab === t.id ? 'border-fg text-fg' : 'border-transparent text-muted hover:text-fg'
              }`}
            >
              {t.id === 'mock' ? (
                // "Mock" alone on phones keeps all five tabs on screen; the name stays complete.
                <>
                  Mock<span className="sr-only sm:not-sr-only"> interview</span>
                </>
              ) : (
                t.label
              )}
            </button>
          ))}
        </div>
        <Link
          href="/study/cheat-sheet"
          className="mb-2 inline-flex h-11 items-center text-sm font-semibold underline underline-offset-4"
        >
          Printable cheat sheet
        </Link>
      </div>
      <div className="mt-6">
        {interactive ? (
          <ErrorBoundary feature="Saving study progress" recovery={STUDY_RECOVERY}>
            <Persistence />
          </ErrorBoundary>
        ) : null}
        {panel('answer', answer)}
        {panel('flashcards', <Flashcards active={tab === 'flashcards'} />)}
        {panel('quiz', <Quiz />)}
        {panel('mock', <MockInterview />)}
        {panel('progress', <ProgressPanel />)}
      </div>
    </div>
  );
}
