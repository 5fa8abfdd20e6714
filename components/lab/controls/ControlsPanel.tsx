'use client';

import { useMemo, useState, type ReactNode } from 'react';
import { knobLayoutKey, knobsFor, type KnobGroup } from '@/lib/lab/knobs';
import type { KnobId } from '@/lib/lab/path';
import { useMediaQuery } from '@/components/ui/useMediaQuery';
import { canAddServiceGroup, isChanged } from '@/lib/lab/store';
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
  paths: KnobId[];
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
  const names = useLab((s) => s.scenario.services.map((g) => g.name).join('\n')).split('\n');
  const canAdd = useLab(canAddServiceGroup);
  const maxGroups = useLab((s) => s.catalog.maxServiceGroups);
  const addServiceGroup = useLab((s) => s.addServiceGroup);
  return (
    <div className="space-y-3">
      {names.map((name) => (
        <ServiceGroupControls key={name} name={name} removable={names.length > 1} />
      ))}
      <div className="flex flex-wrap gap-2 pt-1">
        <button type="button" onClick={() => addServiceGroup('long-running')} disabled={!canAdd} className="lab-chip">
          + Long-running group
        </button>
        <button type="button" onClick={() => addServiceGroup('short-lived')} disabled={!canAdd} className="lab-chip">
          + Short-lived group
        </button>
        {canAdd ? null : <p className="basis-full text-sm text-muted">The lab runs at most {maxGroups} groups.</p>}
      </div>
    </div>
  );
}

function ServiceGroupControls({ name, removable }: { name: string; removable: boolean }) {
  const kind = useLab((s) => s.scenario.services.find((g) => g.name === name)?.kind);
  const removeServiceGroup = useLab((s) => s.removeServiceGroup);
  const knobs = useKnobs().filter((k) => k.group === 'Fleet' && k.title === name);
  return (
    <fieldset className="rounded-xl border border-border px-3 pt-1">
      <legend className="flex items-center gap-2 px-1 text-sm">
        <span className="font-semibold">{name}</span>
        <span className="text-muted">{kind === 'long-running' ? 'long-running' : 'short-lived jobs'}</span>
      </legend>
      {knobs.map(({ path, knob }) => (
        <KnobControl key={path} path={path} knob={knob} labelPrefix={name} />
      ))}
      {removable ? (
        <button
          type="button"
          onClick={() => removeServiceGroup(name)}
          className="mb-3 inline-flex h-11 items-center text-sm font-semibold text-muted underline underline-offset-4 hover:text-fg"
        >
          Remove “{name}”
        </button>
      ) : null}
    </fieldset>
  );
}
