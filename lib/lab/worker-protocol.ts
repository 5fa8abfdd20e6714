/** Messages between the lab and its simulation worker. */
import type { Scenario } from '../scenario/schema';
import type { Report } from '../sim/report';

export type ToWorker = { type: 'run'; runId: number; scenario: Scenario };

export type FromWorker =
  | { type: 'progress'; runId: number; progress: number }
  | { type: 'done'; runId: number; report: Report; wallMs: number }
  | { type: 'error'; runId: number; message: string };
