/**
 * Test support: a made-up report, for tests of what views and figures read from one, without running
 * the engines. The base outcome saw every sample of all 10 of its services and had no crash to
 * notice, so a test sets only the fields it is about. Beside memory-storage.test-support.ts rather
 * than the Report type: its users are in several folders.
 */
import { scenarioSchema, type ScenarioInput } from './scenario/schema';
import { REPORT_VERSION, type Outcome, type Report, type TracedInstance } from './sim/report';

export const madeUpOutcome = (o: Partial<Outcome> = {}): Outcome => ({
  samplesExpected: 100,
  samplesReceived: 100,
  missedSampleRatio: 0,
  servicesTotal: 10,
  servicesNeverSeen: 0,
  countsLostRatio: 0,
  countsDuplicatedRatio: 0,
  samplesStored: 100,
  samplesPerSecPeak: 1,
  activeSeriesPeak: 10,
  requests: 100,
  requestsPerSecMean: 1,
  requestsPerSecPeak: 1,
  bytes: 1000,
  failed: 0,
  deadDetectionSecMean: null,
  deadUndetected: 0,
  timestampErrorSecMean: 0,
  staleSeries: 0,
  configPlaces: 1,
  timeline: [],
  ...o,
});

/** The scenario is parsed, so every field a figure or view reads is there with its default. */
export function madeUpReport({
  scenario = {},
  pull = {},
  push = {},
  trace = [],
}: {
  scenario?: ScenarioInput;
  pull?: Partial<Outcome>;
  push?: Partial<Outcome>;
  trace?: TracedInstance[];
}): Report {
  return {
    version: REPORT_VERSION,
    scenario: scenarioSchema.parse(scenario),
    pull: madeUpOutcome(pull),
    push: madeUpOutcome(push),
    trace,
  };
}
