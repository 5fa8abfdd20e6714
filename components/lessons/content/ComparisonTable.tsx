import { Link } from '@/components/ui/Link';
import { COMPARISON, type Demo } from '@/lib/lessons/data/comparison';

function DemoLinks({ demos }: { demos: readonly Demo[] }) {
  return (
    <ul className="md:space-y-1">
      {demos.map((d) => (
        <li key={d.href}>
          <Link
            href={d.href}
            className="inline-block py-2 font-medium underline underline-offset-4 hover:decoration-2 md:py-0.5"
          >
            {d.label}
            <span aria-hidden="true">&nbsp;→</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * The closing pull/push comparison: one row per aspect, each with links to the demos that prove it.
 * A table on wide screens; on narrow ones, one card per aspect so nothing scrolls sideways.
 */
export function ComparisonTable() {
  return (
    <div className="my-8">
      <div className="hidden overflow-x-auto rounded-card border border-border bg-surface md:block">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Pull and push compared; the last column opens a demo for each row</caption>
          <thead className="bg-surface-2">
            <tr>
              <th scope="col" className="px-3 py-2.5 font-semibold">
                Aspect
              </th>
              <th scope="col" className="px-3 py-2.5 font-semibold text-pull-ink">
                Pull
              </th>
              <th scope="col" className="px-3 py-2.5 font-semibold text-push-ink">
                Push
              </th>
              <th scope="col" className="px-3 py-2.5 font-semibold">
                See it
              </th>
            </tr>
          </thead>
          <tbody>
            {COMPARISON.map((row) => (
              <tr key={row.id} className="border-t border-border align-top">
                <th scope="row" className="px-3 py-3 font-semibold">
                  {row.aspect}
                </th>
                <td className="px-3 py-3 leading-6">{row.pull}</td>
                <td className="px-3 py-3 leading-6">{row.push}</td>
                <td className="min-w-44 px-3 py-3">
                  <DemoLinks demos={row.demos} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="space-y-3 md:hidden" aria-label="Pull and push compared">
        {COMPARISON.map((row) => (
          <li key={row.id} className="rounded-card border border-border bg-surface p-4 text-sm">
            <p className="font-semibold">{row.aspect}</p>
            <dl className="mt-2 space-y-2 leading-6">
              <div>
                <dt className="font-semibold text-pull-ink">Pull</dt>
                <dd>{row.pull}</dd>
              </div>
              <div>
                <dt className="font-semibold text-push-ink">Push</dt>
                <dd>{row.push}</dd>
              </div>
            </dl>
            <div className="mt-3 border-t border-border pt-2">
              <p className="sr-only">See it:</p>
              <DemoLinks demos={row.demos} />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
