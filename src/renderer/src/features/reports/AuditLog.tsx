import { Button, Group as Row, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconDownload } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import type { AuditEntry } from '../../../../shared/types';
import { AUDIT_ACTIONS, FAILED_SIGNUP } from '../../../../shared/domains/audit';
import type { NamedRecord } from '../../../../shared/domains/audit';
import { adminApi } from '../../api';
import { GroupPicker } from '../../components/GroupPicker';
import { useAdminText } from '../../i18n/admin';
import { pageLanguage } from '../../i18n/language';
import { callOrNotify } from '../../lib/call';
import { downloadText } from '../../lib/download';
import { formatDateTime, pickerFormat } from '../../lib/format';
import { useChannel } from '../../lib/useChannel';
import { actionWords, attemptWords, nameWords, stationWords } from './auditWords';

const PAGE = 50;

/** A name the log joined in, or what became of the record ("removed learner", "erased learner"). */
function Name({ entry, record, value }: { entry: AuditEntry; record: NamedRecord; value: string | null }) {
  const t = useAdminText();
  if (value === null) return null;
  const { text, gone } = nameWords(t, entry, record, value);
  return gone ? (
    <Text span size="sm" c="dimmed" fs="italic">
      {text}
    </Text>
  ) : (
    <Text span size="sm">
      {text}
    </Text>
  );
}

function What({ entry }: { entry: AuditEntry }) {
  const t = useAdminText();
  const intl = useIntl();
  const a = entry.attempt;
  return (
    <Stack gap={0}>
      <Text size="sm" fw={500}>
        {actionWords(t, intl, entry.action)}
      </Text>
      <Text size="xs" c="dimmed">
        {a
          ? t('reports.audit.attempt', { kind: attemptWords(t, a.kind), n: a.count, station: stationWords(t, a) })
          : entry.actor === 'kiosk'
            ? t('reports.audit.atKiosk')
            : t('reports.audit.byAdmin')}
      </Text>
    </Stack>
  );
}

/** Who did what, when, with the names of the groups, learners and courses as they are now. */
export function AuditLog() {
  const t = useAdminText();
  const intl = useIntl();
  const [action, setAction] = useState<string | null>(null);
  const [groupId, setGroupId] = useState<number | null>(null);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [page, setPage] = useState(0);
  // Failed sign-ups first: the entry an admin most often looks for; then the rest by name, in this language.
  const actions = useMemo(
    () => [
      { value: FAILED_SIGNUP, label: actionWords(t, intl, FAILED_SIGNUP) },
      ...AUDIT_ACTIONS.filter((a) => a !== FAILED_SIGNUP)
        .map((value) => ({ value, label: actionWords(t, intl, value) }))
        .sort((a, b) => a.label.localeCompare(b.label, intl.locale)),
    ],
    [t, intl],
  );
  const filters = {
    action: action ?? undefined,
    groupId: groupId ?? undefined,
    from: from ? dayjs(from).startOf('day').toISOString() : undefined,
    to: to ? dayjs(to).add(1, 'day').startOf('day').toISOString() : undefined,
  };
  const { data } = useChannel('audit-list', { ...filters, limit: PAGE, offset: page * PAGE });
  const download = async () => {
    const value = await callOrNotify(adminApi['export-csv']({ kind: 'audit', ...filters, language: pageLanguage() }));
    if (value) downloadText(value.filename, value.content, 'text/csv;charset=utf-8');
  };
  const dateFormat = pickerFormat(false);

  return (
    <Paper withBorder radius="md" p="lg">
      <Stack>
        <Row justify="space-between">
          <Title order={3} size="h4">
            {t('reports.audit.title')}
          </Title>
          <Button variant="default" leftSection={<IconDownload size={18} />} onClick={() => void download()}>
            {t('reports.audit.download')}
          </Button>
        </Row>
        <Row align="flex-end" gap="sm">
          <Select
            label={t('reports.audit.filter.what')}
            placeholder={t('reports.audit.filter.anything')}
            data={actions}
            value={action}
            onChange={(v) => (setAction(v), setPage(0))}
            clearable
            clearButtonProps={{ 'aria-label': t('reports.audit.filter.clearWhat'), 'aria-hidden': false, tabIndex: 0 }}
            searchable
            w={240}
          />
          <GroupPicker
            label={t('reports.audit.filter.group')}
            placeholder={t('reports.audit.filter.anyGroup')}
            value={groupId}
            onChange={(v) => (setGroupId(v), setPage(0))}
            clearable
            clearButtonProps={{ 'aria-label': t('reports.audit.filter.clearGroup'), 'aria-hidden': false, tabIndex: 0 }}
            w={220}
          />
          <DateInput
            label={t('reports.audit.filter.from')}
            value={from}
            onChange={(v) => (setFrom(v), setPage(0))}
            clearable
            clearButtonProps={{ 'aria-label': t('reports.audit.filter.clearFrom') }}
            valueFormat={dateFormat}
            maxDate={to ?? undefined}
            w={160}
            previousLabel={t('reports.calendar.previousMonth')}
            nextLabel={t('reports.calendar.nextMonth')}
          />
          <DateInput
            label={t('reports.audit.filter.to')}
            value={to}
            onChange={(v) => (setTo(v), setPage(0))}
            clearable
            clearButtonProps={{ 'aria-label': t('reports.audit.filter.clearTo') }}
            valueFormat={dateFormat}
            minDate={from ?? undefined}
            w={160}
            previousLabel={t('reports.calendar.previousMonth')}
            nextLabel={t('reports.calendar.nextMonth')}
          />
        </Row>
        <Table aria-label={t('reports.audit.title')} striped verticalSpacing={6} layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="22%">{t('reports.audit.column.when')}</Table.Th>
              <Table.Th w="34%">{t('reports.audit.column.what')}</Table.Th>
              <Table.Th>{t('reports.audit.column.group')}</Table.Th>
              <Table.Th>{t('reports.audit.column.learnerOrCourse')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.items.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>
                  <Text size="sm">{formatDateTime(e.at)}</Text>
                </Table.Td>
                <Table.Td>
                  <What entry={e} />
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <Name entry={e} record="group" value={e.groupName} />
                  {e.fromGroupName !== null && (
                    <Text size="xs" c="dimmed">
                      {t.rich('reports.audit.fromGroup', {
                        group: <Name key="group" entry={e} record="fromGroup" value={e.fromGroupName} />,
                      })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <Stack gap={0}>
                    <Name entry={e} record="learner" value={e.learnerName} />
                    <Name entry={e} record="course" value={e.courseTitle} />
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {data && data.total === 0 && (
          <Text size="sm" c="dimmed">
            {t('reports.audit.empty')}
          </Text>
        )}
        <Row justify="space-between">
          <Text size="sm" c="dimmed" data-testid="audit-total">
            {data ? t('reports.audit.total', { n: data.total }) : ''}
          </Text>
          <Row gap="xs">
            <Button variant="default" size="xs" disabled={page === 0} onClick={() => setPage((p) => p - 1)}>
              {t('reports.audit.newer')}
            </Button>
            <Button
              variant="default"
              size="xs"
              disabled={!data || (page + 1) * PAGE >= data.total}
              onClick={() => setPage((p) => p + 1)}
            >
              {t('reports.audit.older')}
            </Button>
          </Row>
        </Row>
      </Stack>
    </Paper>
  );
}
