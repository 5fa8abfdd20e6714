/** Messages between the lab and its simulation worker. */
import type { ScenarioInput } from '../scenario/schema';
import type { DecodedLink } from '../scenario/url-decode';
import type { Report } from '../sim/report';

export type ToWorker =
  /** Validate (filling defaults) and run; a newer run replaces this one. */
  | { type: 'run'; runId: number; scenario: ScenarioInput }
  /** Read a shared link's query string. */
  | { type: 'decode'; search: string };

export type FromWorker =
  | { type: 'progress'; runId: number; progress: number }
  | { type: 'done'; runId: number; report: Report; wallMs: number }
  /** The scenario is not valid; `message` names each bad field. */
  | { type: 'refused'; runId: number; message: string }
  | { type: 'error'; runId: number; message: string }
  | { type: 'decoded'; link: DecodedLink };
