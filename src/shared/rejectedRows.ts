import { toCsv } from './csv';
import type { ImportSummary } from './domains/csvImport';

/**
 * The rows an import left out, as a CSV the admin can fix and upload again: the file's own columns
 * as it had them, a `row` column (its row in the uploaded file) and a `reason` column. Written by
 * `toCsv`, so a cell that a spreadsheet would run as a formula is made plain text (and taken plain
 * again when the file comes back).
 */
export function rejectedRowsCsv(summary: Pick<ImportSummary, 'columns' | 'rejected'>): string {
  const width = Math.max(summary.columns.length, ...summary.rejected.map((r) => r.cells.length));
  const pad = (cells: string[]) => Array.from({ length: width }, (_, i) => cells[i] ?? '');
  return toCsv([
    [...pad(summary.columns), 'row', 'reason'],
    ...summary.rejected.map((r) => [...pad(r.cells), r.line, r.message]),
  ]);
}
