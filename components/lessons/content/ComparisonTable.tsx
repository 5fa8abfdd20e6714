import { ComparisonTable as Comparison } from '@/components/comparison/ComparisonTable';
import { SUMMARY_ASPECTS } from '@/lib/comparison/facts';

/** The summary lesson's closing comparison: its rows of the shared fact table, each with its demos. */
export function ComparisonTable() {
  return <Comparison aspects={SUMMARY_ASPECTS} variant="lesson" />;
}
