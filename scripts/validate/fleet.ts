/**
 * Drives a plan in real time: every target is a real HTTP `/metrics` server on its own loopback port,
 * listed in the file_sd targets file while discovery should know it; a crash closes the server (the
 * port then refuses connections) and a restart listens on the same port again; gateway jobs PUT their
 * final values to the Pushgateway. Records the wall-clock moment each thing actually happened.
 */
import { createServer, type Server } from 'node:http';
import { renameSync, writeFileSync } from 'node:fs';
import type { Plan, PlannedPush, PlannedTarget } from '../../lib/validation/plan';
import { LOOPBACK } from './servers';

export interface FleetRecord {
  /** Wall-clock seconds (Unix) of the fleet's t = 0. */
  t0: number;
  /** Per target id: the actual wall-clock start of each life. */
  lifeStarts: Map<string, number[]>;
  /** Per `${id}@${crashSec}`: the actual wall-clock moment the server stopped answering. */
  crashes: Map<string, number>;
  /** Per `${id}@${crashSec}` of a restart in place: the actual moment it answered again. */
  backs: Map<string, number>;
  pushFailures: string[];
}

export interface FleetOptions {
  targetsFile: string;
  gatewayUrl?: string;
  /** First port to try; ports are never reused within a run, so a late scrape cannot reach a newcomer. */
  firstPort: number;
}

function exposition(target: { id: string; series: number }, workSec: number, run?: number): string {
  const lines = ['# TYPE validate_work_units_total counter'];
  const counters = run === undefined ? target.series : target.series - 1;
  for (let k = 0; k < counters; k++) lines.push(`validate_work_units_total{series="${k}"} ${workSec.toFixed(3)}`);
  if (run !== undefined) lines.push('# TYPE validate_run gauge', `validate_run ${run}`);
  return lines.join('\n') + '\n';
}

class PortAllocator {
  constructor(private next: number) {}
  async listen(server: Server, port?: number): Promise<number> {
    for (;;) {
      const p = port ?? this.next++;
      try {
        await new Promise<void>((resolve, reject) => {
          server.once('error', reject);
          server.listen(p, LOOPBACK, () => {
            server.off('error', reject);
            resolve();
          });
        });
        return p;
      } catch (e) {
        if (port !== undefined || (e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
      }
    }
  }
}

/** A target's server: one life at a time, on a port chosen at its first life and kept. */
class TargetProcess {
  private server: Server | null = null;
  private port: number | undefined;
  private lifeStartWall = 0;
  constructor(
    readonly target: PlannedTarget,
    private readonly ports: PortAllocator,
  ) {}

  get address(): string {
    return `${LOOPBACK}:${this.port}`;
  }

  async up(): Promise<void> {
    const server = createServer((req, res) => {
      if (req.url !== '/metrics') return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
      res.end(exposition(this.target, Date.now() / 1000 - this.lifeStartWall));
    });
    this.port = await this.ports.listen(server, this.port);
    this.lifeStartWall = Date.now() / 1000;
    this.server = server;
  }

  /** Stops answering at once: open keep-alive connections too, so the next scrape is refused. */
  down(): void {
    const s = this.server;
    if (!s) return;
    this.server = null;
    s.close();
    s.closeAllConnections();
  }

  get startedWall(): number {
    return this.lifeStartWall;
  }
}

async function push(gatewayUrl: string, p: PlannedPush, workSec: number): Promise<void> {
  const path = p.grouping === 'instance' ? `/metrics/job/${p.group}/instance/${p.id}` : `/metrics/job/${p.group}`;
  const res = await fetch(gatewayUrl + path, { method: 'PUT', body: exposition(p, workSec, p.run) });
  if (!res.ok) throw new Error(`Pushgateway answered ${res.status} to ${path}: ${await res.text()}`);
}

interface Step {
  atSec: number;
  order: number;
  run: () => Promise<void> | void;
}

/** Runs the plan to its end (t0 + duration); resolves with what actually happened when. */
export async function driveFleet(plan: Plan, o: FleetOptions): Promise<{ record: FleetRecord; stop: () => void }> {
  const ports = new PortAllocator(o.firstPort);
  const processes = plan.targets.map((t) => new TargetProcess(t, ports));
  const listed = new Set<TargetProcess>();
  const record: FleetRecord = { t0: 0, lifeStarts: new Map(), crashes: new Map(), backs: new Map(), pushFailures: [] };
  let writePending = false;
  const writeTargets = () => {
    if (writePending) return;
    writePending = true;
    // Changes at one moment land in one write; the rename makes each write atomic for the watcher.
    setImmediate(() => {
      writePending = false;
      const groups = [...listed].map((p) => ({
        targets: [p.address],
        labels: { instance: p.target.id, group: p.target.group },
      }));
      writeFileSync(o.targetsFile + '.tmp', JSON.stringify(groups));
      renameSync(o.targetsFile + '.tmp', o.targetsFile);
    });
  };

  const steps: Step[] = [];
  const crashAt = new Map(plan.crashes.map((c) => [`${c.id}@${c.crashSec}`, c]));
  for (const p of processes) {
    const lives = p.target.lives;
    lives.forEach(([startSec, endSec], n) => {
      // Start: listen first, then list it, so the first scrape never finds a closed port.
      steps.push({
        atSec: startSec,
        order: 1,
        run: async () => {
          await p.up();
          const starts = record.lifeStarts.get(p.target.id) ?? [];
          starts.push(p.startedWall);
          record.lifeStarts.set(p.target.id, starts);
          if (n > 0) record.backs.set(`${p.target.id}@${lives[n - 1][1]}`, p.startedWall);
          if (!listed.has(p)) {
            listed.add(p);
            writeTargets();
          }
        },
      });
      if (endSec >= plan.durationSec) return;
      const last = n === lives.length - 1;
      steps.push({
        atSec: endSec,
        order: 0,
        run: () => {
          p.down();
          const key = `${p.target.id}@${endSec}`;
          if (crashAt.has(key)) record.crashes.set(key, Date.now() / 1000);
          // A restarted target stays listed while it is down: discovery still knows it, scrapes fail.
          if (last) {
            listed.delete(p);
            writeTargets();
          }
        },
      });
    });
  }
  for (const p of plan.pushes) {
    steps.push({
      atSec: p.atSec,
      order: 0,
      // Not awaited: a slow answer must not delay the next step.
      run: () => void push(o.gatewayUrl!, p, p.atSec - p.startSec).catch((e) => record.pushFailures.push(String(e))),
    });
  }
  steps.sort((a, b) => a.atSec - b.atSec || a.order - b.order);

  writeFileSync(o.targetsFile, '[]');
  record.t0 = Date.now() / 1000;
  const t0Ms = performance.now();
  for (const step of steps) {
    const waitMs = t0Ms + step.atSec * 1000 - performance.now();
    if (waitMs > 0) await new Promise((r) => setTimeout(r, waitMs));
    await step.run();
  }
  const endMs = t0Ms + plan.durationSec * 1000 - performance.now();
  if (endMs > 0) await new Promise((r) => setTimeout(r, endMs));
  return { record, stop: () => processes.forEach((p) => p.down()) };
}
