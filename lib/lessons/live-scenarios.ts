/**
 * The validated scenario each lesson simulation on the page last ran, by sim id (unique within a
 * lesson), so the lesson's other parts (its artifacts) can follow the knobs. Written by the
 * simulation once the worker has accepted a scenario, never by an edit still in progress.
 */
import { createStore } from 'zustand/vanilla';
import type { Scenario } from '../scenario/schema';

export const liveScenarios = createStore<Readonly<Record<string, Scenario>>>(() => ({}));

export function publishScenario(simId: string, scenario: Scenario): void {
  if (liveScenarios.getState()[simId] !== scenario) liveScenarios.setState({ [simId]: scenario });
}
