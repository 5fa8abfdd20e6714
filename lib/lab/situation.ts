/**
 * The one line under the lab's "Situation" picker. A preset's own summary holds only while the
 * fleet is the preset's; a lesson's link or the learner's edits change the fleet, and the line must
 * then describe the fleet actually simulated (a lesson's 10 web servers once read "Twenty web
 * instances", the defaults' text).
 */
import type { Scenario, ServiceGroup } from '../scenario/schema';
import { meanLifetimeSec } from '../sim/fleet';
import { formatCount, formatSeconds } from './format';

function describeGroup(g: ServiceGroup): string {
  const nat = g.firewalled ? ' behind NAT' : '';
  if (g.kind === 'long-running') {
    return `${formatCount(g.count)} long-running ${g.name} instance${g.count === 1 ? '' : 's'}${nat}`;
  }
  const life = formatSeconds(meanLifetimeSec(g.lifetimeSec));
  return `short-lived ${g.name} instances${nat} starting ${formatCount(g.startsPerMin)} a minute, each lasting about ${life}`;
}

/** The fleet in one sentence: "10 long-running web instances and short-lived job instances…". */
export function describeFleet(scenario: Scenario): string {
  const parts = scenario.services.map(describeGroup);
  if (parts.length === 0) return 'No instances: add a service group to simulate.';
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `${list.charAt(0).toUpperCase()}${list.slice(1)}.`;
}

/** The preset's summary while the fleet is still the preset's, else a description of the fleet shown. */
export function situationSummary(scenario: Scenario, preset: { summary: string; scenario: Scenario } | null): string {
  const samefleet = preset && JSON.stringify(preset.scenario.services) === JSON.stringify(scenario.services);
  return samefleet ? preset.summary : describeFleet(scenario);
}
