/**
 * `npx tsx scripts/worker-latency.ts`: how long a newer request waits while a huge run is in progress.
 *
 * Runs the lab's simulation worker (components/lab/simulation.worker.ts, unchanged) in Node behind a
 * stand-in for the worker global. Messages reach it as tasks, as in a browser: Node's own
 * MessageChannel drains a port's queue, new messages included, before any timer or other port runs,
 * so a worker yielding through it would starve everything else here (a browser interleaves tasks).
 * Both the worker's yield and its inbox therefore go through setImmediate. For each of the largest
 * accepted scenarios (scripts/limits.ts), it starts that run, sends the default scenario 1.5 s later
 * (and again at 3 s and 4.5 s), and measures from each send to the new run's report.
 */
import { LARGEST } from './limits';
import type { FromWorker, ToWorker } from '../lib/lab/worker-protocol';

type Listener = ((e: { data: unknown }) => void) | null;

/** A message channel whose messages are tasks (setImmediate), in order, like a browser's. */
class TaskChannel {
  port1 = {
    onmessage: null as Listener,
    postMessage: (data: unknown) => this.deliver(() => this.port2.onmessage, data),
  };
  port2 = {
    onmessage: null as Listener,
    postMessage: (data: unknown) => this.deliver(() => this.port1.onmessage, data),
  };
  private deliver(to: () => Listener, data: unknown) {
    setImmediate(() => to()?.({ data }));
  }
}

const listeners: ((m: FromWorker) => void)[] = [];
const self = {
  onmessage: null as ((e: { data: ToWorker }) => void) | null,
  postMessage: (m: FromWorker) => listeners.forEach((l) => l(m)),
};
Object.assign(globalThis, { self, MessageChannel: TaskChannel });
const send = (m: ToWorker) => setImmediate(() => self.onmessage?.({ data: m }));

await import('../components/lab/simulation.worker');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let runId = 0;

/** Sends a run and resolves with the ms until its report (or refusal). */
function runAndWait(scenario: object): Promise<number> {
  const id = ++runId;
  const t0 = performance.now();
  return new Promise((resolve) => {
    listeners.push(function onMessage(m) {
      if (m.type !== 'decoded' && m.runId === id && m.type !== 'progress') {
        listeners.splice(listeners.indexOf(onMessage), 1);
        resolve(performance.now() - t0);
      }
    });
    send({ type: 'run', runId: id, scenario });
  });
}

const worst: number[] = [];
for (const [name, input] of Object.entries(LARGEST)) {
  const waits: number[] = [];
  for (const delayMs of [1500, 3000, 4500]) {
    void runAndWait(input);
    await sleep(delayMs);
    waits.push(await runAndWait({}));
  }
  worst.push(Math.max(...waits));
  console.log(`${name}: ${waits.map((w) => `${w.toFixed(0)} ms`).join(', ')}`);
}
console.log(`longest wait: ${Math.max(...worst).toFixed(0)} ms`);
process.exit(0);
