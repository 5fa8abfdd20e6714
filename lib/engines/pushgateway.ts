/**
 * The Pushgateway: a metrics cache that short-lived jobs push their final values to, and that
 * Prometheus scrapes like any other target (with honor_labels).
 *
 * - Grouping "job": all runs of a service group share one grouping key; a push replaces the group's
 *   metrics (last write wins), so a run overwritten before the next scrape is never learned.
 * - Grouping "instance": each run gets its own grouping key, and nothing ever expires (the
 *   Pushgateway has no TTL by design): every pushed run stays exposed and is re-scraped forever.
 *
 * Scraped values are stamped with the scrape time, not the push time, so every scrape of a stored
 * run adds a data point whose timestamp is off by (scrape time − push time): ghosts look current.
 */
import type { Scenario } from '../scenario/schema';
import { workDone, type Fleet } from '../sim/fleet';
import type { Observer } from '../sim/observe';
import type { TraceRecorder } from '../sim/trace';

interface StoredGroup {
  job: number;
  pushedAtSec: number;
  learned: boolean;
}

export class Pushgateway {
  /** Grouping "job": one group per service group (index = service group). */
  private readonly byServiceGroup: (StoredGroup | null)[];
  /** Grouping "instance": runs pushed since the last scrape, not yet learned. */
  private unscraped: StoredGroup[] = [];
  /** Grouping "instance": runs already learned, kept as totals (they are only re-stamped). */
  private learnedRuns = 0;
  private learnedPushTimeSum = 0;
  /** Series the gateway exposes right now. */
  exposedSeries = 0;

  constructor(
    private readonly grouping: Scenario['pull']['pushgatewayGrouping'],
    private readonly fleet: Fleet,
    private readonly observer: Observer,
    private readonly trace: TraceRecorder,
  ) {
    this.byServiceGroup = fleet.groups.map(() => null);
  }

  /** A job's final push (PUT) of its values to its grouping key. */
  push(job: number, tSec: number): void {
    const series = this.fleet.groups[this.fleet.group[job]].seriesPerService;
    const stored = { job, pushedAtSec: tSec, learned: false };
    if (this.grouping === 'instance') {
      this.unscraped.push(stored);
      this.exposedSeries += series;
      return;
    }
    const g = this.fleet.group[job];
    if (this.byServiceGroup[g] === null) this.exposedSeries += series;
    this.byServiceGroup[g] = stored;
  }

  /** A successful scrape of the gateway at tSec: Prometheus stores every exposed group again. */
  scrape(tSec: number): void {
    if (this.grouping === 'instance') {
      this.observer.repeatedPoints(this.learnedRuns, this.learnedRuns * tSec - this.learnedPushTimeSum);
      for (const stored of this.unscraped) {
        this.learn(stored, tSec);
        this.learnedRuns++;
        this.learnedPushTimeSum += stored.pushedAtSec;
      }
      this.unscraped = [];
      return;
    }
    for (const stored of this.byServiceGroup) {
      if (stored === null) continue;
      if (stored.learned) this.observer.repeatedPoints(1, tSec - stored.pushedAtSec);
      else this.learn(stored, tSec);
    }
  }

  private learn(stored: StoredGroup, tSec: number): void {
    stored.learned = true;
    this.observer.point(stored.job, stored.pushedAtSec, tSec - stored.pushedAtSec);
    this.observer.learnTotal(stored.job, workDone(this.fleet, stored.job));
    this.trace.add(stored.job, tSec, 'scrape-ok', 'pull');
  }
}
