/**
 * A lesson shows its knobs in one grid, without the lab's group headings, so within one simulation
 * no two controls may share a visible label or an accessible name (lesson 6 once showed two
 * "Behind NAT or firewall" switches).
 */
import { describe, expect, it } from 'vitest';
import { LESSON_DATA } from './data';
import { simControls } from './sim';
import { simStart } from './sim-start';

const sims = Object.values(LESSON_DATA).flatMap((l) => l!.sims.map((s) => [`${l!.slug}/${s.id}`, s] as const));

describe.each(sims)('simulation %s', (_id, sim) => {
  const controls = () => simControls(simStart(sim).scenario, sim.knobs);

  it('gives every control a unique accessible name', () => {
    const names = controls().map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives every control a unique visible label, contained in its accessible name', () => {
    const labels = controls().map((c) => c.knob.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const c of controls()) expect(c.name).toContain(c.knob.label);
  });
});

describe('reachability', () => {
  it('names which group each "Behind NAT or firewall" switch belongs to', () => {
    const sim = LESSON_DATA.reachability!.sims.find((s) => s.id === 'behind-nat')!;
    const labels = simControls(simStart(sim).scenario, sim.knobs).map((c) => c.knob.label);
    expect(labels).toContain('sensor: Behind NAT or firewall');
    expect(labels).toContain('gateway: Behind NAT or firewall');
  });
});
