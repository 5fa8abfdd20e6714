'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Grade } from 'ts-fsrs';
import { DECK, findCard, TOPICS } from '@/lib/study/deck';
import { buildQueue, formatInterval, GRADES, previewIntervals } from '@/lib/study/scheduler';
import { useProgress } from './progressStore';
import { Rich } from './Rich';
import { SeeAlso } from './SeeAlso';

const DECK_IDS = DECK.map((c) => c.id);

interface Session {
  ids: string[];
  index: number;
  revealed: boolean;
  counts: Record<Grade, number>;
}

const zeroCounts = (): Record<Grade, number> => ({ 1: 0, 2: 0, 3: 0, 4: 0 });

/** Typing in a field or pressing a focused control must not trigger a shortcut. */
function isTypingTarget(t: EventTarget | null) {
  return t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
}

function startSession(): Session {
  const ids = buildQueue(DECK_IDS, useProgress.getState().progress.cards, new Date()).ids;
  return { ids, index: 0, revealed: false, counts: zeroCounts() };
}

export default function Flashcards({ active }: { active: boolean }) {
  const loaded = useProgress((s) => s.loaded);
  if (!loaded) return <p className="text-muted">Loading your progress…</p>;
  return <Review active={active} />;
}

/** One review session at a time; a session's queue is fixed when it starts. */
function Review({ active }: { active: boolean }) {
  const cards = useProgress((s) => s.progress.cards);
  const gradeCard = useProgress((s) => s.grade);
  const [session, setSession] = useState<Session>(startSession);
  const [now, setNow] = useState(() => new Date());

  const start = () => {
    setNow(new Date());
    setSession(startSession());
  };

  const moveFocus = useRef(false);
  const cardId = session.ids[session.index];
  const card = cardId ? findCard(cardId) : undefined;
  const intervals = useMemo(() => (cardId ? previewIntervals(cards[cardId], now) : null), [cardId, cards, now]);

  const reveal = useCallback(() => {
    moveFocus.current = true;
    setSession((s) => ({ ...s, revealed: true }));
  }, []);

  const grade = useCallback(
    (g: Grade) => {
      if (!cardId || !session.revealed) return;
      const at = new Date();
      moveFocus.current = true;
      gradeCard(cardId, g, at);
      setNow(at);
      setSession({
        // A forgotten card comes back at the end of this session.
        ids: g === 1 ? [...session.ids, cardId] : session.ids,
        index: session.index + 1,
        revealed: false,
        counts: { ...session.counts, [g]: session.counts[g] + 1 },
      });
    },
    [session, cardId, gradeCard],
  );

  useEffect(() => {
    if (!active || !card) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isTypingTarget(e.target)) return;
      if (e.key === ' ' && !session.revealed) {
        // A focused button handles Space itself; only take Space when nothing else would.
        if (e.target instanceof HTMLButtonElement || e.target instanceof HTMLAnchorElement) return;
        e.preventDefault();
        reveal();
      }
      const g = GRADES.find((x) => x.key === e.key);
      if (g && session.revealed) {
        e.preventDefault();
        grade(g.grade);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, card, session.revealed, reveal, grade]);

  // After reveal or grade the pressed button disappears; put focus on the next control instead of
  // losing it to <body>. After reveal that is Good, so Space then means Good, as in Anki.
  const revealRef = useRef<HTMLButtonElement>(null);
  const goodRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    (session.revealed ? goodRef : revealRef).current?.focus();
  }, [session.index, session.revealed]);

  const queue = buildQueue(DECK_IDS, cards, now);
  const studied = Object.keys(cards).length;

  if (!card) {
    const reviewed = Object.values(session.counts).reduce((a, b) => a + b, 0);
    return (
      <div data-flashcard className="rounded-card border border-border bg-surface p-6">
        {reviewed > 0 ? (
          <>
            <h3 className="text-xl font-semibold">Session complete</h3>
            <p className="mt-2">
              You reviewed {reviewed} {reviewed === 1 ? 'card' : 'cards'}:{' '}
              {GRADES.map((g) => `${session.counts[g.grade]} ${g.label}`).join(', ')}.
            </p>
          </>
        ) : (
          <h3 className="text-xl font-semibold">No cards due</h3>
        )}
        <p className="mt-2 text-muted" role="status">
          {queue.ids.length
            ? `${queue.ids.length} more ${queue.ids.length === 1 ? 'card is' : 'cards are'} ready.`
            : queue.nextDue
              ? `No cards due — come back in ${formatInterval(queue.nextDue.getTime() - now.getTime())}.`
              : 'No cards due.'}
        </p>
        <p className="mt-1 text-sm text-muted">
          {studied} of {DECK.length} cards studied so far.
        </p>
        {queue.ids.length ? (
          <button type="button" className="lab-chip mt-4" onClick={start}>
            Start another session
          </button>
        ) : null}
      </div>
    );
  }

  const left = session.ids.length - session.index;
  return (
    <div data-flashcard>
      <p className="text-sm text-muted" aria-live="polite">
        <span data-testid="due-count">
          {queue.dueReviews} due · {queue.newCards} new
        </span>{' '}
        · {left} left in this session
      </p>
      <article
        aria-label="Flashcard"
        className="mt-3 rounded-card border border-border bg-surface p-5 sm:p-6 motion-safe:transition-shadow"
      >
        <p className="text-xs font-semibold tracking-wide text-muted uppercase">{TOPICS[card.topic]}</p>
        <h3 className="mt-2 text-lg leading-snug font-semibold sm:text-xl">
          <Rich text={card.front} />
        </h3>
        {session.revealed ? (
          <div className="mt-4 border-t border-border pt-4">
            <p className="leading-relaxed" data-testid="card-back">
              <Rich text={card.back} />
            </p>
            <SeeAlso links={card.links} className="mt-2" />
          </div>
        ) : null}
      </article>
      {session.revealed && intervals ? (
        <div
          role="group"
          aria-label="How well did you remember?"
          className="mt-4 grid grid-cols-2 gap-2 sm:grid-cols-4"
        >
          {GRADES.map((g) => (
            <button
              key={g.grade}
              ref={g.label === 'Good' ? goodRef : undefined}
              type="button"
              onClick={() => grade(g.grade)}
              aria-keyshortcuts={g.key}
              className="lab-chip h-auto min-h-11 flex-col rounded-xl py-2"
            >
              <span>
                {g.label} <kbd className="text-xs text-muted">{g.key}</kbd>
              </span>
              <span className="text-xs font-normal text-muted">{intervals[g.grade]}</span>
            </button>
          ))}
        </div>
      ) : (
        <button
          ref={revealRef}
          type="button"
          onClick={reveal}
          aria-keyshortcuts="Space"
          className="lab-chip mt-4 border-fg bg-fg text-bg hover:bg-fg"
        >
          Show answer <kbd className="text-xs opacity-80">Space</kbd>
        </button>
      )}
      <p className="mt-3 text-sm text-muted">
        Keys: <kbd>Space</kbd> shows the answer, <kbd>1</kbd>–<kbd>4</kbd> grade it Again, Hard, Good or Easy.
      </p>
    </div>
  );
}
