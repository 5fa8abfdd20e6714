/**
 * What a finishing short-lived job sends to the Pushgateway (prometheus/pushgateway README §API), and how to
 * clean up after it.
 */
import type { Scenario } from '../scenario/schema';
import { type ExpositionOptions, exposition } from './exposition';
import { resolveInstance } from './instance';
import { PUSHGATEWAY_ADDRESS } from './prometheus-config';

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** RFC 4648 §5 base64url of the UTF-8 bytes, with `=` padding (the gateway accepts it with or without). */
export function base64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = [18, 12, 6, 0].map((shift) => BASE64URL[(n >> shift) & 63]);
    const kept = Math.min(4, bytes.length - i + 1);
    out += chars.slice(0, kept).join('') + '='.repeat(4 - kept);
  }
  return out;
}

/**
 * One `/<name>/<value>` pair of a grouping key. A value containing `/` cannot be a path segment and an empty one
 * would vanish, so the README has the name suffixed `@base64` and the value base64url-encoded (an empty value
 * is `=`); other values are percent-encoded.
 */
export function groupingKeySegment(name: string, value: string): string {
  if (value === '') return `/${name}@base64/=`;
  if (value.includes('/')) return `/${name}@base64/${base64url(value)}`;
  return `/${name}/${encodeURIComponent(value)}`;
}

/** `/metrics/job/<job>{/<label>/<value>}`: the path whose group a push replaces. */
export const groupingKeyPath = (job: string, labels: readonly (readonly [string, string])[] = []): string =>
  `/metrics${groupingKeySegment('job', job)}${labels.map(([n, v]) => groupingKeySegment(n, v)).join('')}`;

export interface PushgatewayPush {
  /** Full URL of the group this job pushes to. */
  url: string;
  /** Exposition text without timestamps: the gateway rejects pushed timestamps (README §About timestamps). */
  body: string;
  /** A shell command that pushes the body. */
  curl: string;
  /** A shell command that deletes the group. */
  deleteCurl: string;
}

/**
 * The final push of a short-lived job. Grouping "job": one group per service group, so runs overwrite each
 * other; "instance": one group per run, kept by the gateway until deleted.
 */
export function pushgatewayPush(s: Scenario, opts: ExpositionOptions = {}): PushgatewayPush {
  const inst = resolveInstance(s, opts);
  const labels = s.pull.pushgatewayGrouping === 'instance' ? ([['instance', inst.id]] as const) : [];
  const url = `http://${PUSHGATEWAY_ADDRESS}${groupingKeyPath(inst.group.name, labels)}`;
  const body = exposition(s, opts);
  const curl = [
    "# POST (curl's default with --data-binary) replaces only the metric names in this body within the group;",
    '# PUT (-X PUT) would replace every metric of the group. Either way, the same group means last write wins.',
    `cat <<'EOF' | curl --data-binary @- ${url}`,
    `${body}EOF`,
    '',
  ].join('\n');
  const deleteCurl = [
    '# Deletes every metric of the group; the gateway never expires them by itself (README §Non-goals).',
    `curl -X DELETE ${url}`,
    '',
  ].join('\n');
  return { url, body, curl, deleteCurl };
}
