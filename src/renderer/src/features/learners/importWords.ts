import type { ImportOutcome } from '../../../../shared/types';
import { count, formatNumber } from '../../lib/format';

/** The counts of rows an import leaves out, by reason, with the words for each. */
interface Skipped extends Pick<ImportOutcome, 'registered' | 'full'> {
  duplicates: number;
  invalid: number;
}

const skippedParts = (s: Skipped): string[] =>
  [
    s.registered ? `${formatNumber(s.registered)} already registered` : '',
    s.full ? `${formatNumber(s.full)} past a group’s maximum` : '',
    s.duplicates ? count(s.duplicates, 'duplicate', 'duplicates') : '',
    s.invalid ? `${formatNumber(s.invalid)} with problems` : '',
  ].filter(Boolean);

/** Every row of the file in exactly one count: "18 rows: 17 to add; 1 skipped (1 already registered)." */
export function previewSentence(total: number, outcome: ImportOutcome, s: Skipped): string {
  const skipped = s.registered + s.full + s.duplicates + s.invalid;
  const doing = [`${formatNumber(outcome.added)} to add`, outcome.moved ? `${formatNumber(outcome.moved)} to move` : ''];
  return (
    `${count(total, 'row', 'rows')}: ${doing.filter(Boolean).join(', ')}; ` +
    (skipped ? `${formatNumber(skipped)} skipped (${skippedParts(s).join(', ')}).` : 'none skipped.')
  );
}

/** After the import: what was written, and what was not and why. */
export function summarySentence(summary: ImportOutcome & Skipped): string {
  const skipped = summary.registered + summary.full + summary.duplicates + summary.invalid;
  return (
    `${formatNumber(summary.added)} added, ${formatNumber(summary.moved)} moved; ` +
    (skipped ? `${formatNumber(skipped)} skipped (${skippedParts(summary).join(', ')}).` : 'none skipped.')
  );
}

/** The button's words: exactly the learners it will write. */
export function importButton(outcome: ImportOutcome): string {
  const writes = outcome.added + outcome.moved;
  return `Import ${count(writes, 'row', 'rows')}`;
}
