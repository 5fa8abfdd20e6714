/** Runs Debian's promtool for the artifact tests. Missing promtool is a failure, never a skip. */
import { spawnSync } from 'node:child_process';

export interface PromtoolResult {
  status: number | null;
  output: string;
}

export function promtool(args: string[], input?: string): PromtoolResult {
  const r = spawnSync('promtool', args, { input, encoding: 'utf8' });
  if (r.error) {
    throw new Error(
      `promtool could not be run (${r.error.message}). Install Debian's prometheus package ` +
        '(apt-get install -y prometheus), which provides /usr/bin/promtool; CI installs it.',
    );
  }
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** `promtool check metrics` reads exposition text on stdin and lints the names; clean means exit 0, no output. */
export const checkMetrics = (text: string): PromtoolResult => promtool(['check', 'metrics'], text);
