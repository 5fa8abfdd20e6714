'use client';

import { useId, useState } from 'react';
import { DECK, TOPICS, type Topic } from '@/lib/study/deck';
import { toAnkiText } from '@/lib/study/export-anki';
import { toCsv } from '@/lib/study/export-csv';
import { cardSetHref, NEW_PER_DAY_MAX, validNewPerDay, type CardSet } from '@/lib/study/session';
import { downloadText } from './downloadText';

const TOPIC_IDS = Object.keys(TOPICS) as Topic[];
const countOf = (set: CardSet) => DECK.filter((c) => set === null || c.topic === set).length;

/** Which cards to study, and a link that opens the same set for someone else. */
export function CardSetPicker({ set, onChange }: { set: CardSet; onChange(set: CardSet): void }) {
  const id = useId();
  const [shared, setShared] = useState<{ ok: boolean; url: string } | null>(null);
  const share = async () => {
    const url = new URL(cardSetHref(set), location.origin).href;
    try {
      await navigator.clipboard.writeText(url);
      setShared({ ok: true, url });
    } catch {
      setShared({ ok: false, url });
    }
  };
  return (
    <div className="flex flex-wrap items-end gap-2">
      {/* A fixed width: the longest topic name would otherwise widen a phone's page. */}
      <div className="flex w-full flex-col gap-1 sm:w-80">
        <label htmlFor={id} className="text-sm font-semibold">
          Card set
        </label>
        <select
          id={id}
          value={set ?? ''}
          onChange={(e) => {
            setShared(null);
            onChange(e.target.value === '' ? null : (e.target.value as Topic));
          }}
          className="lab-chip h-11 w-full"
        >
          <option value="">All topics ({DECK.length})</option>
          {TOPIC_IDS.map((t) => (
            <option key={t} value={t}>
              {TOPICS[t]} ({countOf(t)})
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="lab-chip h-11" onClick={share}>
        Share this set
      </button>
      <p className="w-full text-sm text-muted" role="status" data-testid="share-status">
        {shared?.ok ? `Link copied: ${shared.url}` : null}
      </p>
      {shared && !shared.ok ? (
        <label className="flex w-full flex-col gap-1 text-sm">
          Copying was blocked; copy this link instead:
          <input readOnly value={shared.url} onFocus={(e) => e.target.select()} className="lab-chip w-full" />
        </label>
      ) : null}
    </div>
  );
}

/** The daily limit for new cards and the exports: the settings a learner changes rarely. */
export function DeckSettings({
  set,
  newPerDay,
  newToday,
  onNewPerDay,
}: {
  set: CardSet;
  newPerDay: number;
  newToday: number;
  onNewPerDay(n: number): void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(String(newPerDay));
  const invalid = validNewPerDay(Number(draft)) === null || draft.trim() === '';
  const cards = DECK.filter((c) => set === null || c.topic === set);
  const base = `pushpull-lab-flashcards${set ? `-${set}` : ''}`;
  return (
    <section aria-label="Deck settings and export" className="mt-8 border-t border-border pt-4 text-sm">
      <div className="flex flex-wrap items-end gap-x-6 gap-y-4">
        <div className="flex flex-col gap-1">
          <label htmlFor={id} className="font-semibold">
            New cards a day
          </label>
          <input
            id={id}
            type="number"
            inputMode="numeric"
            min={0}
            max={NEW_PER_DAY_MAX}
            step={1}
            value={draft}
            aria-invalid={invalid}
            aria-describedby={`${id}-help`}
            onChange={(e) => {
              setDraft(e.target.value);
              const n = validNewPerDay(Number(e.target.value));
              if (n !== null && e.target.value.trim() !== '') onNewPerDay(n);
            }}
            className="lab-chip h-11 w-24"
          />
          <span id={`${id}-help`} className={invalid ? 'text-bad' : 'text-muted'}>
            {invalid
              ? `A whole number from 0 to ${NEW_PER_DAY_MAX}.`
              : `${newToday} new today; reviews that are due are always shown.`}
          </span>
        </div>
        <div className="flex flex-col gap-1">
          <span className="font-semibold">
            Take {set ? 'this set' : 'the deck'} with you ({cards.length} cards)
          </span>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className="lab-chip h-11"
              onClick={() => downloadText(toAnkiText(cards), `${base}.txt`, 'text/plain;charset=utf-8')}
            >
              Download for Anki
            </button>
            <button
              type="button"
              className="lab-chip h-11"
              onClick={() => downloadText(toCsv(cards), `${base}.csv`, 'text/csv;charset=utf-8')}
            >
              Download CSV
            </button>
          </div>
          <span className="text-muted">Anki: File › Import, then Import; the file presets every option.</span>
        </div>
      </div>
    </section>
  );
}
