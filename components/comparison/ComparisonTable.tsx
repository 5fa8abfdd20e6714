import { Rich } from '@/components/study/Rich';
import { SeeAlso } from '@/components/study/SeeAlso';
import { Link } from '@/components/ui/Link';
import { comparisonRows, type AspectId, type ComparisonFact } from '@/lib/comparison/facts';
import { linkHref, linkLabel, type StudyLink } from '@/lib/study/links';

/**
 * How a page shows the comparison. The rows always come from lib/comparison/facts.ts; a variant
 * only sets the page's look: the home page's roomy table, the summary lesson's table with its
 * demos under each aspect, or the study page's compact table that also prints on the cheat sheet.
 */
export type ComparisonVariant = 'home' | 'lesson' | 'study' | 'print';

/** Narrow screens get one card per aspect, so nothing scrolls sideways. */
interface CardLook {
  list: string;
  listLabel?: string;
  item: string;
  title: 'p' | 'h3';
  dl: string;
  dt: string;
  dd: string;
}

interface Look {
  /** Around table and cards. */
  outer?: string;
  /** The table's wrapper (hidden where cards replace it). */
  frame: string;
  /** Cards for narrow screens, or null for a table that scrolls sideways instead. */
  cards: CardLook | null;
  table: string;
  caption: string;
  head: string;
  aspectHead: string;
  /** Whether the "Aspect" column heading is shown or only read out. */
  aspectLabelVisible: boolean;
  rowHead: string;
  cell: string;
  links: 'under-aspect' | 'none';
  /** Show each fact's one-line form where it has one. */
  brief?: boolean;
}

const STUDY: Look = {
  frame: 'overflow-x-auto rounded-card border border-border bg-surface print:overflow-visible print:rounded-none',
  cards: null,
  table: 'w-full min-w-[36rem] text-left text-sm print:min-w-0 print:text-[8.5pt]',
  caption: 'Pull-based and push-based monitoring compared',
  head: 'px-3 py-2.5 font-semibold print:px-1.5 print:py-1',
  aspectHead: 'w-32 px-3 py-2.5 font-semibold print:px-1.5 print:py-1',
  aspectLabelVisible: true,
  rowHead: 'px-3 py-2.5 font-semibold print:px-1.5 print:py-1',
  cell: 'px-3 py-2.5 print:px-1.5 print:py-1',
  links: 'under-aspect',
};

const LOOKS: Record<ComparisonVariant, Look> = {
  home: {
    frame: 'mt-6 hidden overflow-hidden rounded-card border border-border bg-surface sm:block',
    cards: {
      list: 'mt-6 space-y-3 sm:hidden',
      item: 'rounded-card border border-border bg-surface p-4',
      title: 'h3',
      dl: 'mt-2 space-y-2',
      dt: 'text-sm font-semibold',
      dd: 'text-muted',
    },
    table: 'w-full text-left',
    caption: 'Pull and push compared',
    head: 'p-4 font-semibold',
    aspectHead: 'w-1/4 p-4 font-semibold',
    aspectLabelVisible: false,
    rowHead: 'p-4 font-semibold',
    cell: 'p-4 text-muted',
    links: 'none',
    brief: true,
  },
  lesson: {
    outer: 'my-8',
    frame: 'hidden overflow-x-auto rounded-card border border-border bg-surface md:block',
    cards: {
      list: 'space-y-3 md:hidden',
      listLabel: 'Pull and push compared',
      item: 'rounded-card border border-border bg-surface p-4 text-sm',
      title: 'p',
      dl: 'mt-2 space-y-2 leading-6',
      dt: 'font-semibold',
      dd: '',
    },
    table: 'w-full text-left text-sm',
    caption: 'Pull and push compared; under each aspect, the demos that show it',
    head: 'px-3 py-2.5 font-semibold',
    // The demos sit under the aspect, not in a column of their own: in the lesson's text column a
    // fourth column squeezed pull and push to a few words a line.
    aspectHead: 'w-40 px-3 py-2.5 font-semibold',
    aspectLabelVisible: true,
    rowHead: 'px-3 py-3 font-semibold',
    cell: 'px-3 py-3 leading-6',
    links: 'under-aspect',
  },
  study: STUDY,
  // The cheat sheet: the study table without links (they do not print), in one-line form to fit a page.
  print: { ...STUDY, links: 'none', brief: true },
};

function DemoLinks({ links }: { links: readonly StudyLink[] }) {
  return (
    <ul className="md:space-y-1">
      {links.map((l) => (
        <li key={linkHref(l)}>
          <Link
            href={linkHref(l)}
            className="inline-block py-2 font-medium underline underline-offset-4 hover:decoration-2 md:py-0.5"
          >
            {linkLabel(l)}
            <span aria-hidden="true">&nbsp;→</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

function Table({ rows, look }: { rows: readonly ComparisonFact[]; look: Look }) {
  return (
    <table className={look.table}>
      <caption className="sr-only">{look.caption}</caption>
      <thead className="bg-surface-2">
        <tr>
          <th scope="col" className={look.aspectHead}>
            {look.aspectLabelVisible ? 'Aspect' : <span className="sr-only">Aspect</span>}
          </th>
          <th scope="col" className={`${look.head} text-pull-ink`}>
            Pull
          </th>
          <th scope="col" className={`${look.head} text-push-ink`}>
            Push
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="border-t border-border align-top" data-aspect={row.id}>
            <th scope="row" className={look.rowHead}>
              {row.aspect}
              {look.links === 'under-aspect' ? <SeeAlso links={row.proof} className="mt-1 font-normal" /> : null}
            </th>
            <td className={look.cell}>
              <Rich text={row.pull} />
            </td>
            <td className={look.cell}>
              <Rich text={row.push} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Cards({ rows, look, card }: { rows: readonly ComparisonFact[]; look: Look; card: CardLook }) {
  const Title = card.title;
  return (
    <ul className={card.list} aria-label={card.listLabel}>
      {rows.map((row) => (
        <li key={row.id} className={card.item}>
          <Title className="font-semibold">{row.aspect}</Title>
          <dl className={card.dl}>
            <div>
              <dt className={`${card.dt} text-pull-ink`}>Pull</dt>
              <dd className={card.dd}>
                <Rich text={row.pull} />
              </dd>
            </div>
            <div>
              <dt className={`${card.dt} text-push-ink`}>Push</dt>
              <dd className={card.dd}>
                <Rich text={row.push} />
              </dd>
            </div>
          </dl>
          {look.links !== 'none' ? (
            <div className="mt-3 border-t border-border pt-2">
              <p className="sr-only">See it:</p>
              <DemoLinks links={row.proof} />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Pull beside push for the chosen aspects, in the page's look. */
export function ComparisonTable({ aspects, variant }: { aspects: readonly AspectId[]; variant: ComparisonVariant }) {
  const look = LOOKS[variant];
  const rows = comparisonRows(aspects).map((r) => (look.brief && r.brief ? { ...r, ...r.brief } : r));
  if (!look.cards) {
    return (
      // Focusable, so keyboard users can scroll the table sideways on a narrow screen.
      <div role="region" aria-label="Comparison table" tabIndex={0} className={look.frame}>
        <Table rows={rows} look={look} />
      </div>
    );
  }
  return (
    <div className={look.outer}>
      <div className={look.frame}>
        <Table rows={rows} look={look} />
      </div>
      <Cards rows={rows} look={look} card={look.cards} />
    </div>
  );
}
