/** The roster template offered for bulk upload: the columns the import reads, and one example row. */
export const ROSTER_TEMPLATE = 'name,email,group\r\nAna Ruiz,ana.ruiz@example.com,Spring 2027 Cohort\r\n';

/** Excel reads a CSV as UTF-8 only when it starts with a byte-order mark. */
export const UTF8_BOM = '\uFEFF';

// A spreadsheet runs a cell that starts with one of these as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180 field: quoted when it holds a comma, quote or line break; a formula is made plain text. */
export function csvField(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file for Excel: UTF-8 with a BOM, CRLF line ends. */
export const toCsv = (rows: (string | number | null | undefined)[][]): string =>
  UTF8_BOM + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';

/** Undoes `csvField`'s formula guard when a file we exported comes back in. */
export const unguardFormula = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
