import type { ImportOutcome } from '../../../../shared/types';
import type { AdminWords } from '../../i18n/admin';

/** The counts of rows an import leaves out, by reason. */
interface Skipped extends Pick<ImportOutcome, 'registered' | 'full'> {
  duplicates: number;
  invalid: number;
}

/** Lists words the way the admin's language does ("a, b, c"; "a、b、c"): react-intl's `formatList`. */
export type ListWords = (parts: string[]) => string;

const skippedCount = (s: Skipped) => s.registered + s.full + s.duplicates + s.invalid;

/** Why rows are left out, each reason with its count ("1 already registered, 2 with problems"). */
function skippedReasons(s: Skipped, t: AdminWords, list: ListWords): string {
  const parts = [
    s.registered ? t('learners.import.skipped.registered', { n: s.registered }) : '',
    s.full ? t('learners.import.skipped.full', { n: s.full }) : '',
    s.duplicates ? t('learners.import.skipped.duplicates', { n: s.duplicates }) : '',
    s.invalid ? t('learners.import.skipped.invalid', { n: s.invalid }) : '',
  ].filter(Boolean);
  return list(parts);
}

/** Every row of the file in exactly one count: "18 rows: 17 to add; 1 skipped (1 already registered)." */
export function previewSentence(total: number, outcome: ImportOutcome, s: Skipped, t: AdminWords, list: ListWords): string {
  const skipped = skippedCount(s);
  const values = { total, added: outcome.added, moved: outcome.moved, skipped };
  if (!skipped) return t(outcome.moved ? 'learners.import.counts.movesNone' : 'learners.import.counts.none', values);
  return t(outcome.moved ? 'learners.import.counts.movesSome' : 'learners.import.counts.some', {
    ...values,
    reasons: skippedReasons(s, t, list),
  });
}

/** After the import: what was written, and what was not and why. */
export function summarySentence(summary: ImportOutcome & Skipped, t: AdminWords, list: ListWords): string {
  const skipped = skippedCount(summary);
  const values = { added: summary.added, moved: summary.moved, skipped };
  return skipped
    ? t('learners.import.summary.some', { ...values, reasons: skippedReasons(summary, t, list) })
    : t('learners.import.summary.none', values);
}

/** The button's words: exactly the learners it will write. */
export function importButton(outcome: ImportOutcome, t: AdminWords): string {
  return t('learners.import.submit', { n: outcome.added + outcome.moved });
}
