/**
 * The report: the simulation's public output contract (see shared/spec/scenario.md).
 * Field names are stable; add fields freely, rename or remove only with a version bump.
 */
import type { Scenario } from '../scenario/schema';

export const REPORT_VERSION = 1;

/** One bucket of `resolutionSec` simulated seconds, starting at `t`. */
export interface TimelineRow {
  t: number;
  /** Instances alive at any moment of the bucket. */
  alive: number;
  /** (instance, bucket) pairs expected: instances alive in this bucket. */
  expected: number;
  /** Of those, the pairs the backend holds a data point for. */
  received: number;
  missed: number;
  /** Requests that reached the collector side in this bucket (scrapes, or pushes and datagrams). */
  requests: number;
  bytes: number;
  failed: number;
}

export interface Outcome {
  samplesExpected: number;
  samplesReceived: number;
  missedSampleRatio: number;
  servicesTotal: number;
  servicesNeverSeen: number;
  countsLostRatio: number;
  requests: number;
  requestsPerSecMean: number;
  requestsPerSecPeak: number;
  bytes: number;
  failed: number;
  deadDetectionSecMean: number | null;
  /** Long-running crashes the backend had not noticed by the end of the run (left out of the mean). */
  deadUndetected: number;
  timestampErrorSecMean: number;
  staleSeries: number;
  configPlaces: number;
  timeline: TimelineRow[];
}

/** What happened to one scrape or push of a traced instance. */
export type TraceEventKind =
  | 'discovered' // pull: the instance became a scrape target
  | 'undiscovered' // pull: the instance stopped being a target
  | 'scrape-ok'
  | 'scrape-failed'
  | 'push-ok' // push: delivered (http acknowledged, or datagram received)
  | 'push-refused' // push: the collector refused it (429 / over capacity)
  | 'push-lost' // push: lost on the network
  | 'gateway-push' // pull with Pushgateway: the job pushed its final values to the gateway
  | 'crash'
  | 'dead-detected'; // the backend concluded the instance is down (pull: up = 0; push: silence)

export interface TraceEvent {
  t: number;
  kind: TraceEventKind;
  engine: 'pull' | 'push' | 'fleet';
}

/** A bounded sample of instances, for the lab's fleet timeline. */
export interface TracedInstance {
  id: string;
  group: string;
  kind: 'long-running' | 'short-lived';
  startSec: number;
  /** End of life; may lie past the run's end for a job still running. */
  endSec: number;
  crashed: boolean;
  events: TraceEvent[];
  /** True when an engine had more events for this instance than the trace keeps. */
  truncated: boolean;
}

export interface Report {
  version: typeof REPORT_VERSION;
  scenario: Scenario;
  pull: Outcome;
  push: Outcome;
  /** Optional extra for views: a deterministic sample of instances and what each engine did with them. */
  trace: TracedInstance[];
}
