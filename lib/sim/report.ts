/**
 * The report: the simulation's public output contract (docs/scenario.md).
 * Field names are stable; add fields freely, rename or remove only with a version bump.
 */
import type { Scenario } from '../scenario/schema';

export const REPORT_VERSION = 2;

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
  /** Requests in the busiest one-second window within the bucket: a burst shows at any bucket width. */
  requestsPeak: number;
  /** Instances the backend holds as down at the bucket's end (pull: last scrape failed; push: marked dead). */
  down: number;
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
  /** Long-running crashes the backend never noticed, or noticed only after the run (left out of the mean). */
  deadUndetected: number;
  /** Share of all work the backend counted more than once (delta pushes retried after a lost ack). */
  countsDuplicatedRatio: number;
  /** Samples (one per series per data point) the backend stored. */
  samplesStored: number;
  /** Samples stored in the busiest one-second window of the run. */
  samplesPerSecPeak: number;
  /** Most series the backend held as current at once. */
  activeSeriesPeak: number;
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
  | 'push-unacked' // push: stored, but the acknowledgement was lost, so the client will retry
  | 'crash'
  | 'restart' // fleet: a crashed instance is back in place (onCrash "restart")
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
  /** Its life ended in a crash (onCrash "replace"); restarts in place show as crash and restart events. */
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
