import { COMPARISON } from '@/lib/study/answers';
import { Rich } from './Rich';
import { SeeAlso } from './SeeAlso';

/** Pull beside push, one row per aspect an interviewer asks about. */
export function ComparisonTable({ withLinks = true }: { withLinks?: boolean }) {
  return (
    // Focusable, so keyboard users can scroll the table sideways on a narrow screen.
    <div
      role="region"
      aria-label="Comparison table"
      tabIndex={0}
      className="overflow-x-auto rounded-card border border-border bg-surface print:overflow-visible print:rounded-none"
    >
      <table className="w-full min-w-[36rem] text-left text-sm print:min-w-0 print:text-[8.5pt]">
        <caption className="sr-only">Pull-based and push-based monitoring compared</caption>
        <thead className="bg-surface-2">
          <tr>
            <th scope="col" className="w-32 px-3 py-2.5 font-semibold print:px-1.5 print:py-1">
              Aspect
            </th>
            <th scope="col" className="px-3 py-2.5 font-semibold text-pull-ink print:px-1.5 print:py-1">
              Pull
            </th>
            <th scope="col" className="px-3 py-2.5 font-semibold text-push-ink print:px-1.5 print:py-1">
              Push
            </th>
          </tr>
        </thead>
        <tbody>
          {COMPARISON.map((row) => (
            <tr key={row.aspect} className="border-t border-border align-top">
              <th scope="row" className="px-3 py-2.5 font-semibold print:px-1.5 print:py-1">
                {row.aspect}
                {withLinks ? <SeeAlso links={row.links} className="mt-1 font-normal" /> : null}
              </th>
              <td className="px-3 py-2.5 print:px-1.5 print:py-1">
                <Rich text={row.pull} />
              </td>
              <td className="px-3 py-2.5 print:px-1.5 print:py-1">
                <Rich text={row.push} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
