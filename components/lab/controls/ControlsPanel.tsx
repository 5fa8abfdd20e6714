'use client';

import { useMemo, useState, type ReactNode } from 'react';
import {
  knobLayoutKey,
  knobsFor,
  lifetimeFor,
  newServiceGroup,
  typicalLifetimeSec,
  type KnobGroup,
} from '@/lib/lab/knobs';
import { useMediaQuery } from '@/components/ui/useMediaQuery';
import { isChanged } from '@/lib/lab/store';
import type { ServiceGroup } from '@/lib/scenario/schema';
import { useLab, useLabStoreApi } from '../LabStoreContext';
import { KnobControl } from './KnobControl';
import { SeedControl } from './SeedControl';

const GROUPS: { id: KnobGroup; title: string; tone?: 'pull' | 'push' }[] = [
  { id: 'Fleet', title: 'Fleet' },
  { id: 'Network', title: 'Network' },
  { id: 'Pull', title: 'Pull (Prometheus)', tone: 'pull' },
  { id: 'Push', title: 'Push', tone: 'push' },
  { id: 'Run', title: 'Run' },
];

/** Every knob of the scenario, grouped. On phones each group folds away; on wide screens all are open. */
export function ControlsPanel() {
  const knobs = useKnobs();
  return (
    <div className="divide-y divide-border rounded-card border border-border bg-surface">
      {GROUPS.map((g) => (
        <ControlGroup
          key={g.id}
          id={g.id}
          title={g.title}
          tone={g.tone}
          paths={knobs.filter((k) => k.group === g.id).map((k) => k.path)}
        >
          {g.id === 'Fleet' ? (
            <FleetControls />
          ) : (
            <>
              {knobs
                .filter((k) => k.group === g.id)
                .map(({ path, knob }) => (
                  <KnobControl key={path} path={path} knob={knob} />
                ))}
              {g.id === 'Run' ? <SeedControl /> : null}
            </>
          )}
        </ControlGroup>
      ))}
    </div>
  );
}

function ControlGroup({
  id,
  title,
  tone,
  paths,
  children,
}: {
  id: string;
  title: string;
  tone?: 'pull' | 'push';
  paths: string[];
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  // Tailwind's `lg`: from there on every group is shown, and the button says so.
  const wide = useMediaQuery('(min-width: 64rem)');
  const changed = useLab((s) => paths.filter((p) => isChanged(s, p)).length);
  const bodyId = `controls-${id}`;
  const accent = tone === 'pull' ? 'bg-pull' : tone === 'push' ? 'bg-push' : 'bg-muted';
  return (
    <section aria-labelledby={`${bodyId}-title`} className="px-4">
      <h3 id={`${bodyId}-title`} className="m-0">
        {/* The button only folds on phones; on wide screens every group stays open. */}
        <button
          type="button"
          aria-expanded={open || wide}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
          className="flex min-h-12 w-full items-center justify-between gap-2 py-2 text-left font-semibold lg:pointer-events-none"
        >
          <span className="flex items-center gap-2">
            <span aria-hidden="true" className={`h-4 w-1.5 rounded-full ${accent}`} />
            {title}
            {changed ? (
              <span className="rounded-full bg-surface-2 px-2 py-0.5 text-xs font-semibold text-muted">
                {changed} changed
              </span>
            ) : null}
          </span>
          <span aria-hidden="true" className={`text-muted transition-transform lg:hidden ${open ? 'rotate-180' : ''}`}>
            ▾
          </span>
        </button>
      </h3>
      <div id={bodyId} className={`${open ? 'block' : 'hidden'} pb-3 lg:block`}>
        {children}
      </div>
    </section>
  );
}

/** The knobs that exist for the current scenario; recomputed only when that list changes. */
function useKnobs() {
  const store = useLabStoreApi();
  const layout = useLab((s) => knobLayoutKey(s.scenario));
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `layout` is the cache key for the scenario read here
  return useMemo(() => knobsFor(store.getState().scenario), [layout, store]);
}

function FleetControls() {
  const store = useLabStoreApi();
  const names = useLab((s) => s.scenario.services.map((g) => g.name).join('\n')).split('\n');
  const add = (kind: ServiceGroup['kind']) => {
    const { scenario, setKnob } = store.getState();
    setKnob('services', [...scenario.services, newServiceGroup(kind, names)]);
  };
  return (
    <div className="space-y-3">
      {names.map((name, i) => (
        <ServiceGroupControls key={`${i}-${name}`} index={i} removable={names.length > 1} />
      ))}
      <div className="flex flex-wrap gap-2 pt-1">
        <button type="button" onClick={() => add('long-running')} className="lab-chip">
          + Long-running group
        </button>
        <button type="button" onClick={() => add('short-lived')} className="lab-chip">
          + Short-lived group
        </button>
      </div>
    </div>
  );
}

function ServiceGroupControls({ index, removable }: { index: number; removable: boolean }) {
  const store = useLabStoreApi();
  const group = useLab((s) => s.scenario.services[index]);
  const setKnob = useLab((s) => s.setKnob);
  const prefix = `services.${index}.`;
  const knobs = useKnobs().filter((k) => k.path.startsWith(prefix));
  const remove = () =>
    setKnob(
      'services',
      store.getState().scenario.services.filter((_, i) => i !== index),
    );
  return (
    <fieldset className="rounded-xl border border-border px-3 pt-1">
      <legend className="flex items-center gap-2 px-1 text-sm">
        <span className="font-semibold">{group.name}</span>
        <span className="text-muted">{group.kind === 'long-running' ? 'long-running' : 'short-lived jobs'}</span>
      </legend>
      {knobs.map(({ path, knob }) => (
        <KnobControl
          key={path}
          path={path}
          knob={knob}
          labelPrefix={group.name}
          onChange={
            path.endsWith('lifetimeSec.dist') && group.kind === 'short-lived'
              ? (dist) =>
                  setKnob(`${prefix}lifetimeSec`, lifetimeFor(String(dist), typicalLifetimeSec(group.lifetimeSec)))
              : undefined
          }
        />
      ))}
      {removable ? (
        <button
          type="button"
          onClick={remove}
          className="mb-3 inline-flex h-11 items-center text-sm font-semibold text-muted underline underline-offset-4 hover:text-fg"
        >
          Remove “{group.name}”
        </button>
      ) : null}
    </fieldset>
  );
}
