import { memo } from 'react';
import type { Report } from '@/lib/sim/report';
import { summarise } from './layout';

/** The timeline in words, for screen readers and for anyone who prefers a table: the whole run. */
export const TimelineTable = memo(function TimelineTable({ report }: { report: Report }) {
  return (
    <details className="text-sm">
      <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium">
        What happened to each sampled instance (table)
      </summary>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full min-w-xl text-left">
          <caption className="sr-only">
            Each sampled instance over the whole run: its lifetime, what the scraper saw and what its pushes did.
          </caption>
          <thead className="text-muted">
            <tr className="border-b border-border">
              <th scope="col" className="py-2 pr-4 font-medium">
                Instance
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                Lifetime
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                Pull
              </th>
              <th scope="col" className="py-2 font-medium">
                Push
              </th>
            </tr>
          </thead>
          <tbody>
            {report.trace.map((instance, i) => {
              const s = summarise(instance, report.scenario.durationSec);
              return (
                <tr key={`${i}-${instance.id}`} className="border-b border-border align-top">
                  <th scope="row" className="py-2 pr-4 font-medium whitespace-nowrap">
                    {instance.id}
                  </th>
                  <td className="py-2 pr-4">{s.life}</td>
                  <td className="py-2 pr-4">{s.pull}</td>
                  <td className="py-2">{s.push}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
});
