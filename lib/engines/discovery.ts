/**
 * When Prometheus starts and stops scraping an instance: the service-discovery pipeline.
 *
 * A change (an instance starting or ending) is first noticed by the discovery mechanism, then applied
 * by the scrape manager on its own tick. `static` is handled by the pull engine: it never changes.
 */
import type { Scenario } from '../scenario/schema';

/** dns_sd_config's default refresh_interval. */
export const DNS_POLL_SEC = 30;

/** The first point of the grid {0, step, 2·step, …} at or after t (t itself when step is 0). */
export function nextOnGrid(tSec: number, stepSec: number): number {
  return stepSec > 0 ? Math.ceil(tSec / stepSec) * stepSec : tSec;
}

/** When a change that happens at `tSec` has reached the scrape manager's target set. */
export function appliedAtSec(pull: Scenario['pull'], tSec: number): number {
  const noticed = pull.discovery === 'dns' ? nextOnGrid(tSec, DNS_POLL_SEC) : tSec + pull.discoveryDelaySec;
  return nextOnGrid(noticed, pull.discoveryTickSec);
}
