import { describe, expect, it } from 'vitest';
import { scenarioOrThrow } from '../scenario/parse';
import { checkMetrics } from './promtool.test-helper';
import { base64url, groupingKeyPath, groupingKeySegment, pushgatewayPush } from './pushgateway';

describe('base64url', () => {
  it.each([
    ['', ''],
    ['a', 'YQ=='],
    ['ab', 'YWI='],
    ['abc', 'YWJj'],
    ['/var/tmp', 'L3Zhci90bXA='], // the README's own example
    ['?>>/', 'Pz4-Lw=='], // 0x3f3e3e gives 15,51,56,62: "+" in standard base64 is "-" here
    ['ü', 'w7w='], // UTF-8 bytes c3 bc
  ])('%j -> %s', (text, encoded) => {
    expect(base64url(text)).toBe(encoded);
  });
});

describe('grouping key', () => {
  it('plain values are path segments', () => {
    expect(groupingKeyPath('batch', [['instance', 'batch-0']])).toBe('/metrics/job/batch/instance/batch-0');
    expect(groupingKeyPath('batch')).toBe('/metrics/job/batch');
    expect(groupingKeySegment('stage', 'a b')).toBe('/stage/a%20b');
  });
  it('values with a slash, or empty, use the @base64 form', () => {
    expect(groupingKeySegment('path', '/var/tmp')).toBe('/path@base64/L3Zhci90bXA=');
    expect(groupingKeySegment('instance', '')).toBe('/instance@base64/=');
    expect(groupingKeyPath('a/b')).toBe('/metrics/job@base64/YS9i');
  });
});

describe('pushgatewayPush', () => {
  const s = (grouping: 'instance' | 'job', seriesPerService = 10) =>
    scenarioOrThrow({
      services: [{ name: 'batch', kind: 'short-lived', seriesPerService, lifetimeSec: { dist: 'fixed', value: 12 } }],
      pull: { pushgateway: true, pushgatewayGrouping: grouping },
    });

  it('grouping "instance" gives each run its own group, "job" one group for all runs', () => {
    expect(pushgatewayPush(s('instance'), { index: 7 }).url).toBe(
      'http://pushgateway:9091/metrics/job/batch/instance/batch-7',
    );
    expect(pushgatewayPush(s('job'), { index: 7 }).url).toBe('http://pushgateway:9091/metrics/job/batch');
  });

  it('pushes the final counter of a 12 s job, without timestamps', () => {
    const { body } = pushgatewayPush(s('instance'));
    expect(body).toContain('\nwork_units_total 12\n');
    for (const line of body.split('\n').filter((l) => l && !l.startsWith('#'))) expect(line.split(' ')).toHaveLength(2);
  });

  it.each([1, 10, 50, 5000])('the body passes promtool check metrics (%i series)', (n) => {
    expect(checkMetrics(pushgatewayPush(s('instance', n)).body)).toEqual({ status: 0, output: '' });
  });

  it('pipes the body to curl with a quoted heredoc, and deletes with DELETE', () => {
    const p = pushgatewayPush(s('instance'));
    expect(p.curl).toContain(`cat <<'EOF' | curl --data-binary @- ${p.url}\n${p.body}EOF\n`);
    expect(p.deleteCurl).toContain(`curl -X DELETE ${p.url}\n`);
  });
});
