/// <reference lib="webworker" />
/**
 * Validates and runs scenarios off the main thread, and reads shared links (the validator lives
 * here, not on the page). Work goes in chunks with a yield between them, so a newer scenario
 * (a slider still moving) replaces the running one at the next chunk boundary.
 */
import { toWire, type FromWorker, type ToWorker } from '@/lib/lab/worker-protocol';
import { describeRefusal } from '@/lib/lab/refusal';
import { parseScenario, type FieldIssue } from '@/lib/scenario/parse';
import type { Scenario, ScenarioInput } from '@/lib/scenario/schema';
import { decodeScenario } from '@/lib/scenario/url-decode';
import { CHUNK_EVENTS, startRun, type RunHandle } from '@/lib/run/run';

declare const self: DedicatedWorkerGlobalScope;

/** Knob names when the input has the lab's full shape (it always does from the lab), field paths otherwise. */
function refusal(issues: FieldIssue[], input: ScenarioInput): string {
  try {
    return describeRefusal(issues, input as Scenario);
  } catch {
    return issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  }
}

let latest: Extract<ToWorker, { type: 'run' }> | null = null;
let running: { runId: number; run: RunHandle; t0: number } | null = null;
// A MessageChannel yields to the event loop without setTimeout's 4 ms clamp.
const tick = new MessageChannel();
let scheduled = false;

// A finished report goes packed, its big arrays moved to the page rather than copied.
const post = (m: FromWorker) => {
  const { message, transfer } = toWire(m);
  self.postMessage(message, transfer);
};

function schedule() {
  if (!scheduled) {
    scheduled = true;
    tick.port2.postMessage(null);
  }
}

tick.port1.onmessage = () => {
  scheduled = false;
  // Take the newest request only: several messages may have queued while the last chunk ran.
  if (latest && latest.runId !== running?.runId) {
    const { runId, scenario } = latest;
    const parsed = parseScenario(scenario);
    if (!parsed.ok) {
      running = null;
      latest = null;
      post({ type: 'refused', runId, message: refusal(parsed.error.issues, scenario) });
      return;
    }
    try {
      running = { runId, run: startRun(parsed.scenario), t0: performance.now() };
    } catch (err) {
      running = null;
      latest = null;
      post({ type: 'error', runId, message: err instanceof Error ? err.message : String(err) });
      return;
    }
  }
  if (!running) return;
  const { runId, run, t0 } = running;
  try {
    if (run.advance(CHUNK_EVENTS)) {
      post({ type: 'done', runId, report: run.report(), wallMs: performance.now() - t0 });
      running = null;
      latest = null;
      return;
    }
    post({ type: 'progress', runId, progress: run.progress() });
    schedule();
  } catch (err) {
    running = null;
    latest = null;
    post({ type: 'error', runId, message: err instanceof Error ? err.message : String(err) });
  }
};

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  if (m.type === 'decode') {
    post({ type: 'decoded', link: decodeScenario(m.search) });
    return;
  }
  latest = m;
  schedule();
};
