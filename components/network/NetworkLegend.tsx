import type { ReactNode } from 'react';

function Item({ mark, children }: { mark: ReactNode; children: ReactNode }) {
  return (
    <li className="flex items-center gap-1.5">
      <svg viewBox="0 0 16 16" className="size-4 shrink-0" aria-hidden="true">
        {mark}
      </svg>
      <span>{children}</span>
    </li>
  );
}

/** What each mark in the network view means, in the order a learner meets them. */
export function NetworkLegend({ gateway, firewall }: { gateway: boolean; firewall: boolean }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted" aria-label="Network view legend">
      <Item mark={<circle cx={8} cy={8} r={4} className="fill-pull" />}>
        <span className="text-pull-ink">Scrape</span>: Prometheus pulls from an instance
        {gateway ? ' or the Pushgateway' : ''}
      </Item>
      <Item mark={<circle cx={8} cy={8} r={4} className="fill-push" />}>
        <span className="text-push-ink">Push</span>: an instance sends to the collector
      </Item>
      {gateway ? (
        <Item mark={<rect x={4} y={4} width={8} height={8} className="fill-pull" />}>
          A job&apos;s last push to the Pushgateway (one square per stored group)
        </Item>
      ) : null}
      <Item mark={<path d="M3 3l10 10M13 3L3 13" className="stroke-bad" strokeWidth={2.5} strokeLinecap="round" />}>
        Failed scrape, or a push lost or refused
      </Item>
      <Item
        mark={
          <>
            <rect x={1} y={6} width={6} height={4} rx={1} className="fill-pull" />
            <rect x={9} y={6} width={6} height={4} rx={1} className="fill-push" />
          </>
        }
      >
        Marked down by the scraper / by push
      </Item>
      {firewall ? (
        <Item
          mark={
            <rect
              x={1.5}
              y={3}
              width={13}
              height={10}
              rx={2}
              className="fill-none stroke-bad"
              strokeDasharray="3 2"
              strokeWidth={1.5}
            />
          }
        >
          Behind a firewall or NAT: scrapes cannot get in, pushes get out
        </Item>
      ) : null}
    </ul>
  );
}
