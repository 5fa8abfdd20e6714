import { describe, expect, it } from 'vitest';
import { scenarioOrThrow } from '../scenario/parse';
import { INTRANET_DATAGRAM_BYTES, packDatagrams, statsdLine, statsdPush, utf8Length } from './statsd';

describe('statsdLine', () => {
  it('writes name:value|type and a sample rate when not 1', () => {
    expect(statsdLine('web.web-0.work_units', 10, 'c')).toBe('web.web-0.work_units:10|c');
    expect(statsdLine('a.b', 32, 'ms', 0.1)).toBe('a.b:32|ms|@0.1');
    expect(statsdLine('a.b', 3, 'g', 1)).toBe('a.b:3|g');
  });
  it('refuses a negative gauge (it would be a decrement) and non-finite values', () => {
    expect(() => statsdLine('a', -1, 'g')).toThrow(RangeError);
    expect(() => statsdLine('a', NaN, 'c')).toThrow(RangeError);
  });
});

describe('packDatagrams at the 1432-byte boundary', () => {
  const line = (n: number) => 'x'.repeat(n);
  it('two lines of 715 and 716 bytes plus one line feed make exactly 1432: one datagram', () => {
    expect(packDatagrams([line(715), line(716)])).toEqual([`${line(715)}\n${line(716)}`]);
  });
  it('one byte more makes two datagrams', () => {
    expect(packDatagrams([line(715), line(717)])).toEqual([line(715), line(717)]);
  });
  it('a line of exactly 1432 bytes fits alone; 1433 cannot be sent', () => {
    expect(packDatagrams([line(1432), 'a'])).toEqual([line(1432), 'a']);
    expect(() => packDatagrams([line(1433)])).toThrow(RangeError);
  });
  it('counts UTF-8 bytes, not characters', () => {
    expect(utf8Length('é'.repeat(716))).toBe(1432);
    expect(packDatagrams(['é'.repeat(716)])).toHaveLength(1);
    expect(() => packDatagrams(['é'.repeat(716) + 'a'])).toThrow(RangeError);
  });
  it('keeps every line, in order, with no trailing line feed', () => {
    const lines = Array.from({ length: 500 }, (_, i) => `svc.metric_${i}:${i}|c`);
    const datagrams = packDatagrams(lines);
    expect(datagrams.join('\n')).toBe(lines.join('\n'));
    for (const d of datagrams) expect(utf8Length(d)).toBeLessThanOrEqual(INTRANET_DATAGRAM_BYTES);
    expect(packDatagrams([])).toEqual([]);
  });
});

describe('statsdPush', () => {
  const s = (extra: object = {}) =>
    scenarioOrThrow({
      services: [{ name: 'web', kind: 'long-running', seriesPerService: 50 }],
      push: { protocol: 'statsd' },
      ...extra,
    });

  it('one 10 s interval at t = 1800: the increment, two gauges, one sampled timer, the shards that worked', () => {
    const { lines } = statsdPush(s());
    // Units 1790..1799: one timed (1790, a multiple of 10); 1790 mod 36 = 26, so shards 26..35 get one each.
    expect(lines[0]).toBe('web.web-0.work_units:10|c');
    expect(lines[1]).toMatch(/^web\.web-0\.work_in_progress:\d+\|g$/);
    expect(lines[2]).toMatch(/^web\.web-0\.work_queue_depth:[0-4]\|g$/);
    expect(lines[3]).toMatch(/^web\.web-0\.work_duration:\d+\|ms\|@0\.1$/);
    expect(lines.slice(4)).toEqual(Array.from({ length: 10 }, (_, i) => `web.web-0.shard.${26 + i}.work_units:1|c`));
  });

  it('clips the interval at the instance start and keeps fractions exact', () => {
    expect(statsdPush(s(), { tSec: 4 }).lines[0]).toBe('web.web-0.work_units:4|c');
    expect(statsdPush(s({ push: { protocol: 'statsd', pushIntervalSec: 0.1 } })).lines[0]).toBe(
      'web.web-0.work_units:0.1|c',
    );
  });

  it('a long interval needs several datagrams, each within the limit', () => {
    const p = statsdPush(s({ push: { protocol: 'statsd', pushIntervalSec: 600 } }));
    expect(p.datagrams.length).toBeGreaterThan(1);
    expect(p.datagrams.join('\n')).toBe(p.lines.join('\n'));
    expect(p.script).toContain(`# datagram 1 of ${p.datagrams.length}: `);
    expect(p.script).toContain(`printf '%s' '${p.datagrams[0]}' | nc -u -w 1 statsd 8125\n`);
  });

  it('is deterministic', () => {
    expect(statsdPush(s()).script).toBe(statsdPush(s()).script);
  });
});
