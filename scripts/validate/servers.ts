/**
 * The real servers: Debian's Prometheus and Pushgateway, each on a free loopback port, with all
 * their state in one temporary folder. Everything started here is registered, so an exit, an error
 * or Ctrl-C stops the processes and removes the folders.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROMETHEUS_BIN = process.env.PROMETHEUS_BIN ?? '/usr/bin/prometheus';
export const PUSHGATEWAY_BIN = process.env.PUSHGATEWAY_BIN ?? '/usr/bin/prometheus-pushgateway';
export const LOOPBACK = '127.0.0.1';

const children = new Set<ChildProcess>();
const folders = new Set<string>();

function cleanUpNow(): void {
  for (const c of children) c.kill('SIGKILL');
  children.clear();
  for (const f of folders) rmSync(f, { recursive: true, force: true });
  folders.clear();
}

process.on('exit', cleanUpNow);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping Prometheus and the Pushgateway, removing temporary folders`);
    cleanUpNow();
    process.exit(130);
  });
}

export function tempFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `pushpull-validate-${prefix}-`));
  folders.add(dir);
  return dir;
}

export function removeFolder(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  folders.delete(dir);
}

/** A port nobody listens on right now (the OS picks it; the caller binds it soon after). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, LOOPBACK, () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

async function waitReady(url: string, child: ChildProcess, log: () => string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} exited with ${child.exitCode}:\n${log()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} not ready after ${timeoutMs / 1000} s:\n${log()}`);
}

async function start(bin: string, args: string[], readyUrl: string, baseUrl: string): Promise<RunningServer> {
  const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let output = '';
  const keep = (b: Buffer) => (output = (output + b.toString()).slice(-4000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  await waitReady(readyUrl, child, () => output);
  return {
    url: baseUrl,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve(void children.delete(child));
        const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(kill);
          children.delete(child);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

export interface PrometheusOptions {
  dir: string;
  scrapeIntervalSec: number;
  scrapeTimeoutSec: number;
  targetsFile: string;
  /** host:port of the Pushgateway to scrape (honor_labels), if any. */
  gateway?: string;
}

/** The scrape config: file_sd for the fleet (fsnotify; the 5 m re-read is only a fallback). */
export function prometheusConfig(o: PrometheusOptions): string {
  const lines = [
    'global:',
    `  scrape_interval: ${o.scrapeIntervalSec}s`,
    `  scrape_timeout: ${o.scrapeTimeoutSec}s`,
    `  evaluation_interval: ${o.scrapeIntervalSec}s`,
    'scrape_configs:',
    '  - job_name: fleet',
    '    file_sd_configs:',
    `      - files: ['${o.targetsFile}']`,
    '        refresh_interval: 5m',
  ];
  if (o.gateway) {
    lines.push(
      '  - job_name: pushgateway',
      '    honor_labels: true',
      '    static_configs:',
      `      - targets: ['${o.gateway}']`,
    );
  }
  return lines.join('\n') + '\n';
}

export async function startPrometheus(o: PrometheusOptions): Promise<RunningServer> {
  const port = await freePort();
  const config = join(o.dir, 'prometheus.yml');
  writeFileSync(config, prometheusConfig(o));
  const base = `http://${LOOPBACK}:${port}`;
  return start(
    PROMETHEUS_BIN,
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${join(o.dir, 'data')}`,
      `--web.listen-address=${LOOPBACK}:${port}`,
      '--log.level=warn',
    ],
    `${base}/-/ready`,
    base,
  );
}

export async function startPushgateway(): Promise<RunningServer> {
  const port = await freePort();
  const base = `http://${LOOPBACK}:${port}`;
  // Debian's build defaults --persistence.file to /var/lib/prometheus/pushgateway.data: a second run
  // would start with the first run's groups. Empty keeps the metrics in memory only.
  const args = [`--web.listen-address=${LOOPBACK}:${port}`, '--persistence.file=', '--log.level=warn'];
  return start(PUSHGATEWAY_BIN, args, `${base}/-/ready`, base);
}

/** `prometheus, version 2.42.0+ds (...)` -> `2.42.0+ds`. */
export async function versionOf(bin: string): Promise<string> {
  const child = spawn(bin, ['--version'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (b) => (out += b));
  child.stderr!.on('data', (b) => (out += b));
  await new Promise((r) => child.once('exit', r));
  return /version (\S+)/.exec(out)?.[1] ?? 'unknown';
}
