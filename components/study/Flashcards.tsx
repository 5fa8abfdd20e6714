'use client';

import dynamic from 'next/dynamic';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Grade } from 'ts-fsrs';
import { findCard, TOPICS, type CardRun } from '@/lib/study/deck';
import { buildQueue, formatInterval, GRADES, previewIntervals } from '@/lib/study/scheduler';
import {
  afterGrade,
  CARD_SET_PARAM,
  cardSetHref,
  cardSetIds,
  newLeftToday,
  newToday,
  parseCardSet,
  startSession,
  withIntroduced,
  type CardSet,
  type Session,
  type UndoStep,
} from '@/lib/study/session';
import { DismissibleAlert } from '@/components/ui/DismissibleAlert';
import { CardSetPicker, DeckSettings } from './DeckTools';
import { useProgress } from './progressStore';
import { Rich } from './Rich';
import { SeeAlso } from './SeeAlso';
import { useDailyNew } from './useDailyNew';

/** Typing in a field or pressing a focused control must not trigger a shortcut. */
function isTypingTarget(t: EventTarget | null) {
  return t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
}

/**
 * A focused button or link handles Space itself, except a tab: clicking the Flashcards tab leaves
 * focus on it, and Space there would only select the tab again, so it shows the answer instead.
 */
function ownsSpace(t: EventTarget | null) {
  if (t instanceof HTMLAnchorElement) return true;
  return t instanceof HTMLButtonElement && t.getAttribute('role') !== 'tab';
}

const UNDO_KEY = 'u';

const PredictOutcome = dynamic(() => import('@/components/predict/PredictOutcome'), {
  ssr: false,
  loading: () => <p className="mt-4 text-muted">Loading the simulator…</p>,
});

/** A predict card's simulation, run only when asked: most reviews never need it. */
function RunCard({ run }: { run: CardRun }) {
  const [started, setStarted] = useState(false);
  // The Run button goes away when pressed: keep focus inside the card, where the result appears.
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (started) resultRef.current?.focus();
  }, [started]);
  if (started) {
    return (
      <div ref={resultRef} tabIndex={-1} className="outline-none">
        <PredictOutcome scenario={run.scenario} figure={run.figure} />
      </div>
    );
  }
  return (
    <button type="button" className="lab-chip mt-3" onClick={() => setStarted(true)}>
      Run the simulation
    </button>
  );
}

export default function Flashcards({ active }: { active: boolean }) {
  const loaded = useProgress((s) => s.loaded);
  if (!loaded) return <p className="text-muted">Loading your progress…</p>;
  return <Review active={active} />;
}

/** The card set named in the page's address (?cards=topic), read once when flashcards open. */
function setFromAddress() {
  return parseCardSet(new URLSearchParams(location.search).get(CARD_SET_PARAM));
}

/** One review session at a time; a session's queue is fixed when it starts. */
function Review({ active }: { active: boolean }) {
  const cards = useProgress((s) => s.progress.cards);
  const gradeCard = useProgress((s) => s.grade);
  const restoreCard = useProgress((s) => s.restoreCard);
  const [daily, saveDaily] = useDailyNew();
  const [{ set, notice }, setChoice] = useState(setFromAddress);
  const deckIds = useMemo(() => cardSetIds(set), [set]);
  const [now, setNow] = useState(() => new Date());
  const queueAt = (at: Date, ids = deckIds, d = daily) =>
    buildQueue(ids, useProgress.getState().progress.cards, at, newLeftToday(d, at));
  const [session, setSession] = useState<Session>(() => startSession(queueAt(now).ids));
  const [undo, setUndo] = useState<UndoStep | null>(null);

  const start = (ids = deckIds, d = daily) => {
    const at = new Date();
    setNow(at);
    setSession(startSession(queueAt(at, ids, d).ids));
    setUndo(null);
  };

  const chooseSet = (next: CardSet) => {
    setChoice({ set: next, notice: null });
    history.replaceState(null, '', cardSetHref(next));
    start(cardSetIds(next));
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
      const before = cards[cardId];
      moveFocus.current = true;
      gradeCard(cardId, g, at);
      setUndo({ cardId, before, after: useProgress.getState().progress.cards[cardId], daily, session });
      if (!before) saveDaily(withIntroduced(daily, cardId, at));
      setNow(at);
      setSession(afterGrade(session, g));
    },
    [session, cardId, cards, daily, gradeCard, saveDaily],
  );

  /** Puts back the card's saved state, today's new count and the session as they were before the grade. */
  const undoLast = useCallback(() => {
    if (!undo) return;
    setUndo(null);
    if (useProgress.getState().progress.cards[undo.cardId] !== undo.after) return;
    moveFocus.current = true;
    restoreCard(undo.cardId, undo.before);
    saveDaily(undo.daily);
    setSession(undo.session);
    setNow(new Date());
  }, [undo, restoreCard, saveDaily]);

  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isTypingTarget(e.target)) return;
      if (e.key.toLowerCase() === UNDO_KEY && undo) {
        e.preventDefault();
        undoLast();
        return;
      }
      if (!card) return;
      if (e.key === ' ' && !session.revealed) {
        if (ownsSpace(e.target)) return;
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
  }, [active, card, session.revealed, reveal, grade, undo, undoLast]);

  // After reveal or grade the pressed button disappears; put focus on the next control instead of
  // losing it to <body>. After reveal that is Good, so Space then means Good, as in Anki.
  const revealRef = useRef<HTMLButtonElement>(null);
  const goodRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    (session.revealed ? goodRef : revealRef).current?.focus();
  }, [session.index, session.revealed]);

  const queue = buildQueue(deckIds, cards, now, newLeftToday(daily, now));
  const studied = deckIds.filter((id) => cards[id]).length;
  const unseen = deckIds.length - studied;
  const todayNew = newToday(daily, now);
  const setName = set ? `“${TOPICS[set]}”` : 'the deck';

  const top = (
    <div className="mb-4 space-y-3">
      {notice ? (
        <DismissibleAlert testId="card-set-notice" onDismiss={() => setChoice({ set, notice: null })}>
          {notice}
        </DismissibleAlert>
      ) : null}
      <CardSetPicker set={set} onChange={chooseSet} />
    </div>
  );
  const undoButton = undo ? (
    <button type="button" className="lab-chip" onClick={undoLast} aria-keyshortcuts="U">
      Undo last grade <kbd className="text-xs text-muted">U</kbd>
    </button>
  ) : null;
  const settings = (
    <DeckSettings
      set={set}
      newPerDay={daily.newPerDay}
      newToday={todayNew}
      onNewPerDay={(n) => {
        const d = { ...daily, newPerDay: n };
        saveDaily(d);
        start(deckIds, d);
      }}
    />
  );

  if (!card) {
    const reviewed = Object.values(session.counts).reduce((a, b) => a + b, 0);
    const limitReached = !queue.ids.length && unseen > 0 && newLeftToday(daily, now) === 0;
    return (
      <div data-flashcard>
        {top}
        <div className="rounded-card border border-border bg-surface p-6">
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
              : limitReached
                ? `That was today’s ${daily.newPerDay} new ${daily.newPerDay === 1 ? 'card' : 'cards'}; ${unseen} more wait for tomorrow, or raise the daily limit below.`
                : queue.nextDue
                  ? `No cards due — come back in ${formatInterval(queue.nextDue.getTime() - now.getTime())}.`
                  : 'No cards due.'}
          </p>
          <p className="mt-1 text-sm text-muted">
            {studied} of {deckIds.length} cards in {setName} studied so far.
          </p>
          <div className="mt-4 flex flex-wrap gap-2">
            {queue.ids.length ? (
              <button type="button" className="lab-chip" onClick={() => start()}>
                Start another session
              </button>
            ) : null}
            {undoButton}
          </div>
        </div>
        {settings}
      </div>
    );
  }

  const left = session.ids.length - session.index;
  return (
    <div data-flashcard>
      {top}
      <p className="text-sm text-muted" aria-live="polite">
        <span data-testid="due-count">
          {queue.dueReviews} due · {queue.newCards} new
        </span>{' '}
        · <span data-testid="session-left">{left} left in this session</span>
      </p>
      <article
        aria-label="Flashcard"
        data-card-id={card.id}
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
            {card.run ? <RunCard key={card.id} run={card.run} /> : null}
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
      {undoButton ? <div className="mt-3">{undoButton}</div> : null}
      <p className="mt-3 text-sm text-muted">
        Keys: <kbd>Space</kbd> shows the answer, <kbd>1</kbd>–<kbd>4</kbd> grade it Again, Hard, Good or Easy,{' '}
        <kbd>U</kbd> undoes the last grade.
      </p>
      {settings}
    </div>
  );
}
