import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../run/run';
import { scenarioOrThrow } from '../scenario/parse';
import type { Report, TimelineRow } from '../sim/report';
import { chartSeries, MAX_POINTS_PER_SERIES, METRICS, metricSeries } from './series';
import { fromWire, packReport, toWire, unpackReport, type FromWorker, type WireMessage } from './worker-protocol';

const small = runScenario(scenarioOrThrow({ durationSec: 600, resolutionSec: 60 }))!;

// Any double a field could hold, -0, NaN and the infinities included: the packing must keep them all.
const row: fc.Arbitrary<TimelineRow> = fc.record({
  t: fc.double(),
  alive: fc.double(),
  expected: fc.double(),
  received: fc.double(),
  missed: fc.double(),
  requests: fc.double(),
  bytes: fc.double(),
  failed: fc.double(),
  requestsPeak: fc.double(),
  down: fc.double(),
});
const withTimelines = (pull: TimelineRow[], push: TimelineRow[]): Report => ({
  ...small,
  pull: { ...small.pull, timeline: pull },
  push: { ...small.push, timeline: push },
});

/** Through a real structured clone with the transfer list, as postMessage sends it. */
function overTheWire(report: Report) {
  const { packed, transfer } = packReport(report);
  const received = structuredClone(packed, { transfer });
  return { decoded: unpackReport(received), transfer };
}

describe('packReport / unpackReport', () => {
  it('gives back every field of every bucket, bit for bit (property)', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), fc.array(row, { maxLength: 40 }), (pull, push) => {
        const report = withTimelines(pull, push);
        const { decoded } = overTheWire(report);
        // toEqual compares numbers with Object.is: -0 stays -0, NaN stays NaN.
        expect(decoded).toEqual(report);
      }),
    );
  });

  it('moves the timelines instead of copying them: every column buffer is transferred and left detached', () => {
    const { packed, transfer } = packReport(small);
    // 10 fields per side, one buffer each.
    expect(transfer).toHaveLength(20);
    expect(new Set(transfer).size).toBe(20);
    structuredClone(packed, { transfer });
    for (const buffer of transfer) expect(buffer.byteLength).toBe(0);
  });

  it('sends no timeline rows: outside the columns, the message holds only bounded series', () => {
    const big = runScenario(scenarioOrThrow({ durationSec: 2000, resolutionSec: 0.1 }))!;
    expect(big.pull.timeline).toHaveLength(20_000);
    const { packed } = packReport(big);
    expect('timeline' in packed.report.pull).toBe(false);
    expect('timeline' in packed.report.push).toBe(false);
    for (const m of METRICS) {
      expect(packed.series[m].pull.length).toBeLessThanOrEqual(MAX_POINTS_PER_SERIES);
      expect(packed.series[m].push.length).toBeLessThanOrEqual(MAX_POINTS_PER_SERIES);
    }
  });

  it('hands the charts the series the worker computed, equal to those computed from the rows', () => {
    const { decoded } = overTheWire(small);
    const fromRows = chartSeries(small);
    for (const m of METRICS) expect(metricSeries(decoded, m)).toEqual(fromRows[m]);
  });

  it('builds the rows once, on first read', () => {
    const { decoded } = overTheWire(small);
    expect(decoded.pull.timeline).toBe(decoded.pull.timeline);
    expect(decoded.push.timeline).toEqual(small.push.timeline);
    // A copy of the report (a spread, a clone, JSON) carries the rows too.
    expect(structuredClone(decoded)).toEqual(small);
    expect(JSON.parse(JSON.stringify(decoded))).toEqual(JSON.parse(JSON.stringify(small)));
  });
});

describe('toWire / fromWire', () => {
  it('packs a finished report and passes every other message as it is', () => {
    const messages: FromWorker[] = [
      { type: 'progress', runId: 2, progress: 0.5 },
      { type: 'refused', runId: 3, message: 'pull.scrapeIntervalSec: too small' },
      { type: 'error', runId: 4, message: 'boom' },
    ];
    for (const m of messages) expect(toWire(m)).toEqual({ message: m, transfer: [] });
    const done: FromWorker = { type: 'done', runId: 5, report: small, wallMs: 12 };
    const { message, transfer } = toWire(done);
    expect(transfer.length).toBeGreaterThan(0);
    const received = structuredClone(message, { transfer }) as WireMessage;
    expect(fromWire(received)).toEqual(done);
  });
});
