'use client';

import { useId, useMemo, useRef, useState } from 'react';
import { formatSeconds } from '@/lib/lab/format';
import { layoutNetwork } from '@/lib/network/layout';
import {
  capacityAt,
  firewalledGroups,
  flightSecFor,
  gatewayGroupsAt,
  instancesAt,
  messagesAt,
  talliesAt,
} from '@/lib/network/scene';
import { describeScene } from '@/lib/network/summary';
import type { Report } from '@/lib/sim/report';
import { NetworkLegend } from './NetworkLegend';
import { NetworkScene } from './NetworkScene';
import { useWidth } from '@/components/ui/useWidth';

/** The part of the playback clock the picture follows; the clock itself belongs to the timeline. */
export interface NetworkPlayback {
  tSec: number;
  speed: number;
  playing: boolean;
  reducedMotion: boolean;
}

/** Width before the first measurement (and in the static HTML): the viewBox scales it until then. */
const DEFAULT_WIDTH = 720;

/**
 * A live picture of the system at the playback cursor: the scraper and the collector, the sampled
 * instances coming and going, the firewall, the Pushgateway's store and every scrape and push in
 * flight. It draws what the clock says and owns no clock of its own.
 */
export function NetworkView({ report, playback }: { report: Report; playback: NetworkPlayback }) {
  const id = useId();
  const boxRef = useRef<HTMLDivElement>(null);
  const width = useWidth(boxRef, DEFAULT_WIDTH);
  const { tSec } = playback;

  const layout = useMemo(() => layoutNetwork(report, width), [report, width]);
  const firewalled = useMemo(() => firewalledGroups(report), [report]);
  // Under reduced motion nothing travels: the picture shows where things stand, not what moves.
  const flightSec = playback.reducedMotion ? 0 : flightSecFor(playback.speed, report.scenario);
  const instances = instancesAt(report, tSec, flightSec || flightSecFor(1, report.scenario));
  const messages = messagesAt(report.trace, tSec, flightSec);
  const gatewayGroups = report.scenario.pull.pushgateway ? gatewayGroupsAt(report, tSec).length : 0;
  const capacity = capacityAt(report, tSec);

  const summary = describeScene({
    report,
    tSec,
    instances,
    firewalled,
    gatewayGroups,
    capacity,
    tallies: talliesAt(report.trace, tSec),
  });
  // Announced only once the picture stands still: a live region that changed every frame would chatter.
  const [announced, setAnnounced] = useState(summary);
  if (!playback.playing && announced !== summary) setAnnounced(summary);

  return (
    <section aria-labelledby={`${id}-title`} className="grid gap-2" data-network-view>
      <h3 id={`${id}-title`} className="font-semibold">
        Network view{' '}
        <span className="font-normal text-muted">
          {report.trace.length} sampled instances at {formatSeconds(tSec)}
        </span>
      </h3>
      <div
        ref={boxRef}
        role="img"
        aria-roledescription="network diagram"
        aria-label={`Network view of the simulation: scraper, collector${report.scenario.pull.pushgateway ? ', Pushgateway' : ''} and sampled instances`}
        aria-describedby={`${id}-summary`}
        className="overflow-hidden rounded-lg border border-border bg-bg"
      >
        <NetworkScene
          report={report}
          layout={layout}
          instances={instances}
          messages={messages}
          firewalled={firewalled}
          gatewayGroups={gatewayGroups}
          capacity={capacity}
        />
      </div>
      <p className="text-xs text-muted" aria-hidden="true" data-network-caption>
        {summary}
      </p>
      <p id={`${id}-summary`} className="sr-only" aria-live="polite" data-network-summary>
        {announced}
      </p>
      <NetworkLegend gateway={report.scenario.pull.pushgateway} firewall={layout.firewall !== null} />
    </section>
  );
}
