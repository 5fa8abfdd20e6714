/**
 * The network view in words, for screen readers and as its visible caption: what is on screen at
 * the cursor, counted over the sampled instances (the collector's load is the whole fleet's).
 */
import { formatSeconds } from '../lab/format';
import type { Report } from '../sim/report';
import type { CapacityUse, InstanceState, Tallies } from './scene';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function formatShare(share: number): string {
  const pct = share * 100;
  return `${pct > 0 && pct < 1 ? '<1' : Math.round(pct)}%`;
}

export function describeScene(input: {
  report: Report;
  tSec: number;
  instances: readonly InstanceState[];
  firewalled: ReadonlySet<string>;
  gatewayGroups: number;
  capacity: CapacityUse;
  tallies: Tallies;
}): string {
  const { report, tSec, instances, firewalled, gatewayGroups, capacity, tallies } = input;
  const shown = instances.filter((s) => s.visible && !s.crashed);
  const behind = shown.filter((s) => firewalled.has(report.trace[s.index].group)).length;
  const crashed = instances.filter((s) => s.visible && s.crashed).length;
  const parts = [
    `At ${formatSeconds(tSec)}: ${shown.length} of ${report.trace.length} sampled instances running` +
      (behind ? `, ${behind} behind the firewall` : '') +
      (crashed ? `, ${crashed} just crashed` : '') +
      '.',
    `Scraper: ${plural(tallies.scrapesOk + tallies.scrapesFailed, 'scrape')} so far, ${tallies.scrapesFailed} failed.`,
  ];
  if (report.scenario.pull.pushgateway) {
    parts.push(
      `Pushgateway: ${plural(tallies.gatewayPushes, 'job push', 'job pushes')}` +
        (tallies.gatewayPushesLost ? ` (${tallies.gatewayPushesLost} more lost)` : '') +
        `, ${plural(gatewayGroups, 'group')} stored.`,
    );
  }
  parts.push(
    `Pushes: ${tallies.pushesOk} delivered, ${tallies.pushesLost} lost, ${tallies.pushesRefused} refused.`,
    `Collector: ${plural(Math.round(capacity.requestsPerSec), 'request')} per second, ${formatShare(capacity.share)} of its capacity of ${capacity.capacityPerSec} per second` +
      (capacity.share > 1 ? ', over capacity.' : '.'),
  );
  return parts.join(' ');
}
