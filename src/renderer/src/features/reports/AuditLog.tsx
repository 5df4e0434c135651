import { Button, Group as Row, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import dayjs from 'dayjs';
import { useState } from 'react';
import { GroupPicker } from '../../components/GroupPicker';
import { formatDateTime } from '../../lib/dates';
import { useChannel } from '../../lib/useChannel';

const ACTIONS = [
  'group-created',
  'group-updated',
  'group-cloned',
  'join-code-generated',
  'join-code-changed',
  'join-code-regenerated',
  'join-code-settings-changed',
  'code-policy-changed',
  'learner-registered',
  'learner-added',
  'learner-reassigned',
  'learner-removed',
  'learner-erased',
  'learners-imported',
  'course-created',
  'course-updated',
  'courses-assigned',
  'progress-set',
  'admin-pin-set',
  'kiosk-settings-changed',
  'kiosk-unlocked',
  'kiosk-exited',
  'backup-created',
  'backup-restored',
];
const PAGE = 50;

/** Who did what, when: ids and actions only, never a name, email or code. */
export function AuditLog() {
  const [action, setAction] = useState<string | null>(null);
  const [groupId, setGroupId] = useState<number | null>(null);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [page, setPage] = useState(0);
  const { data } = useChannel('audit-list', {
    action: action ?? undefined,
    groupId: groupId ?? undefined,
    from: from ? dayjs(from).startOf('day').toISOString() : undefined,
    to: to ? dayjs(to).add(1, 'day').startOf('day').toISOString() : undefined,
    limit: PAGE,
    offset: page * PAGE,
  });

  return (
    <Paper withBorder radius="md" p="lg">
      <Stack>
        <Title order={3} size="h4">
          Audit log
        </Title>
        <Row align="flex-end">
          <Select
            label="Action"
            placeholder="Any action"
            data={ACTIONS}
            value={action}
            onChange={(v) => (setAction(v), setPage(0))}
            clearable
            searchable
            w={260}
          />
          <GroupPicker
            label="Group"
            placeholder="Any group"
            value={groupId}
            onChange={(v) => (setGroupId(v), setPage(0))}
            w={220}
          />
          <DateInput
            label="From"
            value={from}
            onChange={(v) => (setFrom(v), setPage(0))}
            clearable
            valueFormat="D MMM YYYY"
            w={150}
            previousLabel="Previous month"
            nextLabel="Next month"
          />
          <DateInput
            label="To"
            value={to}
            onChange={(v) => (setTo(v), setPage(0))}
            clearable
            valueFormat="D MMM YYYY"
            w={150}
            previousLabel="Previous month"
            nextLabel="Next month"
          />
        </Row>
        <Table aria-label="Audit log" striped verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Who</Table.Th>
              <Table.Th>Action</Table.Th>
              <Table.Th>Group</Table.Th>
              <Table.Th>Learner</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.items.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{formatDateTime(e.at)}</Table.Td>
                <Table.Td>{e.actor}</Table.Td>
                <Table.Td>{e.action}</Table.Td>
                <Table.Td>{e.groupId ? `#${e.groupId}${e.fromGroupId ? ` (from #${e.fromGroupId})` : ''}` : ''}</Table.Td>
                <Table.Td>{e.learnerId ? `#${e.learnerId}` : ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Row justify="space-between">
          <Text size="sm" c="dimmed">
            {data ? `${data.total.toLocaleString()} entries` : ''}
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
