import { Table, Text } from '@mantine/core';
import { useAdminText } from '../../i18n/admin';

export interface ListedRow {
  line: number;
  name: string;
  email: string;
  /** What happens to the row, or what is wrong with it. */
  note: string;
}

/** A long table would only slow the page: the first rows are shown, and every one is in the download. */
const SHOWN = 500;

// Names and reasons wrap at spaces; an email (no spaces) keeps its column wide enough to stay whole,
// and breaks only if it could never fit on a line of its own.
const wrap = { overflowWrap: 'break-word' } as const;

/** Rows of the uploaded file by their row number (as a spreadsheet numbers them), with the name and email as typed. */
export function ImportRowsTable({
  label,
  rows,
  total,
  noteHeader,
}: {
  label: string;
  rows: ListedRow[];
  total: number;
  noteHeader: string;
}) {
  const t = useAdminText();
  const more = total - Math.min(rows.length, SHOWN);
  return (
    <>
      <Table aria-label={label} striped verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={64}>{t('learners.rows.row')}</Table.Th>
            <Table.Th>{t('learners.column.name')}</Table.Th>
            <Table.Th>{t('learners.column.email')}</Table.Th>
            <Table.Th>{noteHeader}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.slice(0, SHOWN).map((r) => (
            <Table.Tr key={r.line}>
              <Table.Td>{r.line}</Table.Td>
              <Table.Td style={wrap}>
                {r.name ? (
                  <bdi>{r.name}</bdi>
                ) : (
                  <Text c="dimmed" span>
                    {t('learners.rows.empty')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={wrap}>
                {r.email ? (
                  <bdi dir="ltr">{r.email}</bdi>
                ) : (
                  <Text c="dimmed" span>
                    {t('learners.rows.empty')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{r.note}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {more > 0 && <Text size="sm">{t('learners.rows.more', { n: more })}</Text>}
    </>
  );
}
