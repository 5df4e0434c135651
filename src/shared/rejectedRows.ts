import { toCsv } from './csv';
import type { ImportRejectedRow, ImportSummary } from './domains/csvImport';

/** The words the rows-not-imported file adds to the uploaded file's own: in the admin's language. */
export interface RejectedRowsWords {
  row: string;
  reason: string;
  reasonOf: (row: ImportRejectedRow) => string;
}

const ENGLISH: RejectedRowsWords = { row: 'row', reason: 'reason', reasonOf: (r) => r.message };

/**
 * The rows an import left out, as a CSV the admin can fix and upload again: the file's own columns
 * as it had them, a `row` column (its row in the uploaded file) and a `reason` column (both named,
 * and the reasons worded, by `words`: English unless told). Written by `toCsv`, so a cell that a
 * spreadsheet would run as a formula is made plain text (and taken plain again when the file comes back).
 */
export function rejectedRowsCsv(
  summary: Pick<ImportSummary, 'columns' | 'rejected'>,
  words: RejectedRowsWords = ENGLISH,
): string {
  const width = Math.max(summary.columns.length, ...summary.rejected.map((r) => r.cells.length));
  const pad = (cells: string[]) => Array.from({ length: width }, (_, i) => cells[i] ?? '');
  return toCsv([
    [...pad(summary.columns), words.row, words.reason],
    ...summary.rejected.map((r) => [...pad(r.cells), r.line, words.reasonOf(r)]),
  ]);
}
