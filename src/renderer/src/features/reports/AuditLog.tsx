import { Button, Group as Row, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconDownload } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { AuditEntry } from '../../../../shared/types';
import { ATTEMPT_LABELS, AUDIT_ACTION_LABELS, FAILED_SIGNUP, auditActionLabel } from '../../../../shared/domains/audit';
import { adminApi } from '../../api';
import { GroupPicker } from '../../components/GroupPicker';
import { callOrNotify } from '../../lib/call';
import { downloadText } from '../../lib/download';
import { count, formatDateTime, pickerFormat } from '../../lib/format';
import { useChannel } from '../../lib/useChannel';

// Failed sign-ups first: the entry an admin most often looks for; then the rest by name.
const ACTIONS = [
  { value: FAILED_SIGNUP, label: auditActionLabel(FAILED_SIGNUP) },
  ...Object.keys(AUDIT_ACTION_LABELS)
    .filter((a) => a !== FAILED_SIGNUP)
    .map((value) => ({ value, label: auditActionLabel(value) }))
    .sort((a, b) => a.label.localeCompare(b.label)),
];
const PAGE = 50;

/** A name the log joined in, or what became of the record ("removed learner", "erased learner"). */
function Name({ value }: { value: string | null }) {
  if (value === null) return null;
  const gone = value === 'erased learner' || value.startsWith('removed ');
  return gone ? (
    <Text span size="sm" c="dimmed" fs="italic">
      {value}
    </Text>
  ) : (
    <Text span size="sm">
      {value}
    </Text>
  );
}

function What({ entry }: { entry: AuditEntry }) {
  const a = entry.attempt;
  return (
    <Stack gap={0}>
      <Text size="sm" fw={500}>
        {auditActionLabel(entry.action)}
      </Text>
      <Text size="xs" c="dimmed">
        {a
          ? `${ATTEMPT_LABELS[a.kind]} · ${count(a.count, 'attempt', 'attempts')} · ${a.stationName}`
          : entry.actor === 'kiosk'
            ? 'At the kiosk'
            : 'By the admin'}
      </Text>
    </Stack>
  );
}

/** Who did what, when, with the names of the groups, learners and courses as they are now. */
export function AuditLog() {
  const [action, setAction] = useState<string | null>(null);
  const [groupId, setGroupId] = useState<number | null>(null);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [page, setPage] = useState(0);
  const filters = {
    action: action ?? undefined,
    groupId: groupId ?? undefined,
    from: from ? dayjs(from).startOf('day').toISOString() : undefined,
    to: to ? dayjs(to).add(1, 'day').startOf('day').toISOString() : undefined,
  };
  const { data } = useChannel('audit-list', { ...filters, limit: PAGE, offset: page * PAGE });
  const download = async () => {
    const value = await callOrNotify(adminApi['export-csv']({ kind: 'audit', ...filters }));
    if (value) downloadText(value.filename, value.content, 'text/csv;charset=utf-8');
  };
  const dateFormat = pickerFormat(false);

  return (
    <Paper withBorder radius="md" p="lg">
      <Stack>
        <Row justify="space-between">
          <Title order={3} size="h4">
            Audit log
          </Title>
          <Button variant="default" leftSection={<IconDownload size={18} />} onClick={() => void download()}>
            Download the log (CSV)
          </Button>
        </Row>
        <Row align="flex-end" gap="sm">
          <Select
            label="What happened"
            placeholder="Anything"
            data={ACTIONS}
            value={action}
            onChange={(v) => (setAction(v), setPage(0))}
            clearable
            clearButtonProps={{ 'aria-label': 'Clear what happened', 'aria-hidden': false, tabIndex: 0 }}
            searchable
            w={240}
          />
          <GroupPicker
            label="Group"
            placeholder="Any group"
            value={groupId}
            onChange={(v) => (setGroupId(v), setPage(0))}
            clearable
            clearButtonProps={{ 'aria-label': 'Clear the group', 'aria-hidden': false, tabIndex: 0 }}
            w={220}
          />
          <DateInput
            label="From"
            value={from}
            onChange={(v) => (setFrom(v), setPage(0))}
            clearable
            clearButtonProps={{ 'aria-label': 'Clear the from date' }}
            valueFormat={dateFormat}
            maxDate={to ?? undefined}
            w={160}
            previousLabel="Previous month"
            nextLabel="Next month"
          />
          <DateInput
            label="To"
            value={to}
            onChange={(v) => (setTo(v), setPage(0))}
            clearable
            clearButtonProps={{ 'aria-label': 'Clear the to date' }}
            valueFormat={dateFormat}
            minDate={from ?? undefined}
            w={160}
            previousLabel="Previous month"
            nextLabel="Next month"
          />
        </Row>
        <Table aria-label="Audit log" striped verticalSpacing={6} layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="22%">When</Table.Th>
              <Table.Th w="34%">What</Table.Th>
              <Table.Th>Group</Table.Th>
              <Table.Th>Learner or course</Table.Th>
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
                  <Name value={e.groupName} />
                  {e.fromGroupName !== null && (
                    <Text size="xs" c="dimmed">
                      from <Name value={e.fromGroupName} />
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <Stack gap={0}>
                    <Name value={e.learnerName} />
                    <Name value={e.courseTitle} />
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {data && data.total === 0 && (
          <Text size="sm" c="dimmed">
            Nothing matches these filters.
          </Text>
        )}
        <Row justify="space-between">
          <Text size="sm" c="dimmed" data-testid="audit-total">
            {data ? count(data.total, 'entry', 'entries') : ''}
          </Text>
          <Row gap="xs">
            <Button variant="default" size="xs" disabled={page === 0} onClick={() => setPage((p) => p - 1)}>
              Newer
            </Button>
            <Button
              variant="default"
              size="xs"
              disabled={!data || (page + 1) * PAGE >= data.total}
              onClick={() => setPage((p) => p + 1)}
            >
              Older
            </Button>
          </Row>
        </Row>
      </Stack>
    </Paper>
  );
}
