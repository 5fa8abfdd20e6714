import { describe, expect, it } from 'vitest';
import { scenarioOrThrow } from '../scenario/parse';
import { escapeHelp, escapeLabelValue, exposition, formatValue, renderFamilies } from './exposition';
import { checkMetrics } from './promtool.test-helper';

const scenario = (seriesPerService: number, extra: object = {}) =>
  scenarioOrThrow({
    services: [
      { name: 'web', kind: 'long-running', count: 3, seriesPerService },
      { name: 'batch', kind: 'short-lived', seriesPerService, lifetimeSec: { dist: 'fixed', value: 12 } },
    ],
    ...extra,
  });

const sampleLines = (text: string) => text.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
const valueOf = (text: string, series: string) => {
  const line = sampleLines(text).find((l) => l.startsWith(`${series} `));
  if (!line) throw new Error(`no ${series} in\n${text}`);
  return line.slice(series.length + 1);
};

describe('escaping', () => {
  it('escapes backslash, double quote and line feed in label values', () => {
    expect(escapeLabelValue('a\\b"c\nd')).toBe('a\\\\b\\"c\\nd');
  });
  it('escapes backslash and line feed in HELP, but not quotes', () => {
    expect(escapeHelp('say "hi"\\\nbye')).toBe('say "hi"\\\\\\nbye');
  });
  it('spells special values as Go parses them', () => {
    expect([NaN, Infinity, -Infinity, 0.05, 1767225600].map(formatValue)).toEqual([
      'NaN',
      '+Inf',
      '-Inf',
      '0.05',
      '1767225600',
    ]);
  });
  it('produces text promtool parses back to the original label value', () => {
    const text = renderFamilies([
      {
        name: 'odd_labels_total',
        help: 'Label values with a \\ backslash,\na line feed and "quotes".',
        type: 'counter',
        samples: [{ name: 'odd_labels_total', labels: [['path', 'C:\\tmp\\"x"\nnext']], value: 1 }],
      },
    ]);
    expect(text).toContain('odd_labels_total{path="C:\\\\tmp\\\\\\"x\\"\\nnext"} 1\n');
    expect(checkMetrics(text)).toEqual({ status: 0, output: '' });
  });
});

describe('exposition', () => {
  it('a long-running instance at the end of the default run has done 1800 units', () => {
    const text = exposition(scenario(50), { group: 'web' });
    expect(valueOf(text, 'work_units_total')).toBe('1800');
    // 2026-01-01T00:00:00Z is 1767225600 s after the epoch; the instance started at t = 0 with no skew.
    expect(valueOf(text, 'process_start_time_seconds')).toBe('1767225600');
    expect(valueOf(text, 'work_duration_seconds_count')).toBe('1800');
    expect(valueOf(text, 'work_duration_seconds_bucket{le="+Inf"}')).toBe('1800');
  });

  it('counts work from the instance start and reads the start time from the skewed clock', () => {
    const text = exposition(scenario(50, { network: { clockSkewSec: 0.25 } }), {
      group: 'web',
      startSec: 100,
      tSec: 130.5,
    });
    expect(valueOf(text, 'work_units_total')).toBe('30.5');
    expect(valueOf(text, 'process_start_time_seconds')).toBe('1767225700.25');
    expect(valueOf(text, 'work_duration_seconds_count')).toBe('30');
  });

  it('deals units to shards round-robin: 100 units over 36 shards', () => {
    // Units 0..99; shard j gets units j, j+36, j+72 (when < 100): 3 each for j <= 27, 2 for j >= 28.
    const text = exposition(scenario(50), { group: 'web', tSec: 100, shardsShown: 36 });
    expect(valueOf(text, 'work_shard_units_total{shard="0"}')).toBe('3');
    expect(valueOf(text, 'work_shard_units_total{shard="27"}')).toBe('3');
    expect(valueOf(text, 'work_shard_units_total{shard="28"}')).toBe('2');
    expect(valueOf(text, 'work_shard_units_total{shard="35"}')).toBe('2');
  });

  it('says how many series the real page has and which are left out', () => {
    // 50 = 4 gauges and counters + a histogram of 7 buckets, +Inf, _sum, _count + 36 shards; 5 shards shown.
    const text = exposition(scenario(50), { group: 'web' });
    expect(text.startsWith('# web-0: the real page has 50 series; 19 shown, 31 summarised in comments.\n')).toBe(true);
    expect(text).toContain('# ... 31 more work_shard_units_total series (shard="5" to shard="35") not shown\n');
    expect(sampleLines(text)).toHaveLength(19);
  });

  it.each([
    // [seriesPerService, families shown, finite histogram bounds]
    [1, ['work_units_total'], null],
    [4, ['work_units_total', 'process_start_time_seconds', 'work_in_progress', 'work_queue_depth'], null],
    [
      5,
      [
        'work_units_total',
        'process_start_time_seconds',
        'work_in_progress',
        'work_queue_depth',
        'work_shard_units_total',
      ],
      null,
    ],
    [
      7,
      [
        'work_units_total',
        'process_start_time_seconds',
        'work_in_progress',
        'work_queue_depth',
        'work_duration_seconds',
      ],
      [],
    ],
    [
      10,
      [
        'work_units_total',
        'process_start_time_seconds',
        'work_in_progress',
        'work_queue_depth',
        'work_duration_seconds',
      ],
      ['0.05', '0.5', '5'],
    ],
    [
      14,
      [
        'work_units_total',
        'process_start_time_seconds',
        'work_in_progress',
        'work_queue_depth',
        'work_duration_seconds',
      ],
      ['0.05', '0.1', '0.25', '0.5', '1', '2.5', '5'],
    ],
  ])('%i series: exactly that many samples, families %j', (n, families, bounds) => {
    const text = exposition(scenario(n), { group: 'web', shardsShown: Infinity });
    expect(sampleLines(text)).toHaveLength(n);
    expect([...text.matchAll(/^# TYPE (\S+)/gm)].map((m) => m[1])).toEqual(families);
    const les = [...text.matchAll(/_bucket\{le="([^"]+)"\}/g)].map((m) => m[1]);
    expect(bounds === null ? les : les.slice(0, -1)).toEqual(bounds ?? []);
  });

  it('histogram buckets are cumulative and end at +Inf = _count', () => {
    const text = exposition(scenario(14), { group: 'web' });
    const buckets = [...text.matchAll(/_bucket\{le="[^"]+"\} (\d+)/g)].map((m) => Number(m[1]));
    expect(buckets).toEqual([...buckets].sort((a, b) => a - b));
    expect(buckets.at(-1)).toBe(Number(valueOf(text, 'work_duration_seconds_count')));
  });

  it('is deterministic, and the seed changes the hashed values', () => {
    expect(exposition(scenario(50), { group: 'web' })).toBe(exposition(scenario(50), { group: 'web' }));
    expect(exposition(scenario(50, { seed: 2 }), { group: 'web' })).not.toBe(
      exposition(scenario(50), { group: 'web' }),
    );
  });

  it('carries no timestamps: each sample line is a series and a value', () => {
    for (const line of sampleLines(exposition(scenario(50), { group: 'web' }))) expect(line.split(' ')).toHaveLength(2);
  });

  it('refuses an unknown group and a moment before the start', () => {
    expect(() => exposition(scenario(5), { group: 'nope' })).toThrow(/no service group named "nope"/);
    expect(() => exposition(scenario(5), { group: 'web', startSec: 10, tSec: 5 })).toThrow(RangeError);
  });

  describe('promtool check metrics accepts the page without lint', () => {
    it.each([1, 4, 5, 7, 10, 14, 50, 1000, 100_000])('%i series per service', (n) => {
      const s = scenario(n, { network: { clockSkewSec: 1.5 } });
      for (const opts of [{ group: 'web', index: 2 }, { group: 'batch' }, { group: 'web', tSec: 0.5 }]) {
        expect(checkMetrics(exposition(s, opts))).toEqual({ status: 0, output: '' });
      }
    });
  });
});
