import Papa from 'papaparse';
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import ar from '../../../src/renderer/src/i18n/admin/learners/ar';
import { errorWords } from '../../../src/renderer/src/i18n/admin';
import { en } from '../../../src/renderer/src/i18n/admin/en';
import es from '../../../src/renderer/src/i18n/admin/learners/es';
import type { ImportRejectedRow } from '../../../src/shared/domains/csvImport';
import { rejectedRowsCsv } from '../../../src/shared/rejectedRows';

const rejected: ImportRejectedRow[] = [
  {
    line: 4,
    name: 'Cy Diaz',
    email: 'cy@example.com',
    cells: ['Cy Diaz', 'cy@example.com', 'Night Shift'],
    reason: 'full',
    message: 'Night Shift is at its maximum (3 seats).',
    reasonText: { id: 'import.row.full', values: { group: 'Night Shift', seats: 3 } },
  },
  {
    line: 7,
    name: '=SUM(1,2)',
    email: 'dee@example.com',
    cells: ['=SUM(1,2)', 'dee@example.com', 'Atlantis'],
    reason: 'invalid',
    message: 'There is no group named “Atlantis”.',
    reasonText: { id: 'import.row.noGroupNamed', values: { group: 'Atlantis' } },
  },
];
const summary = { columns: ['Full name', 'E-mail', 'Group name'], rejected };

/** The file's added columns in a language, as the import page words them from the catalogue. */
function wordsIn(locale: string, messages: Record<string, string>) {
  const intl = createIntl({ locale, messages });
  return {
    row: intl.formatMessage({ id: 'learners.import.rejected.rowColumn' }),
    reason: intl.formatMessage({ id: 'learners.import.rejected.reasonColumn' }),
    reasonOf: (r: ImportRejectedRow) => `[${locale}] ${r.reason}`,
  };
}

const read = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('the rows-not-imported file', () => {
  it('is the English file, byte for byte, when no words are given and in the English catalogue’s words', () => {
    const english =
      '\uFEFFFull name,E-mail,Group name,row,reason\r\n' +
      'Cy Diaz,cy@example.com,Night Shift,4,Night Shift is at its maximum (3 seats).\r\n' +
      `"'=SUM(1,2)",dee@example.com,Atlantis,7,There is no group named “Atlantis”.\r\n`;
    expect(rejectedRowsCsv(summary)).toBe(english);
    // As the page builds it in English: each reason worded from its id, as main's English has it.
    const intl = createIntl({ locale: 'en-GB', messages: en });
    const t: NonNullable<Parameters<typeof errorWords>[1]> = (id, values) => intl.formatMessage({ id }, values);
    const reasonOf = (r: ImportRejectedRow) => errorWords({ message: r.message, text: r.reasonText }, t);
    expect(rejectedRowsCsv(summary, { ...wordsIn('en-GB', en), reasonOf })).toBe(english);
  });

  it.each([
    ['es', es, ['fila', 'motivo']],
    ['ar', ar, ['الصف', 'السبب']],
  ] as const)(
    'names its added columns and words its reasons in %s; the file’s own columns stay as uploaded',
    (tag, messages, added) => {
      const rows = read(rejectedRowsCsv(summary, wordsIn(tag, messages)));
      expect(rows[0]).toEqual(['Full name', 'E-mail', 'Group name', ...added]);
      expect(rows.slice(1)).toEqual([
        ['Cy Diaz', 'cy@example.com', 'Night Shift', '4', `[${tag}] full`],
        // Still guarded against running as a formula in a spreadsheet.
        ["'=SUM(1,2)", 'dee@example.com', 'Atlantis', '7', `[${tag}] invalid`],
      ]);
    },
  );
});
