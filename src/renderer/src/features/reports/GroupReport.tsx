import { Button, Center, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { count, formatDate } from '../../lib/format';
import { useChannel } from '../../lib/useChannel';
import { useNavigation } from '../../stores/navigation';
import { PrintSheet } from '../../components/PrintSheet';

const JOINED = { kiosk: 'Kiosk', bulk: 'Bulk upload', admin: 'Admin' } as const;

/** One printable page about a group: members, how each joined, and their progress. */
export function GroupReport({ id }: { id: number }) {
  const go = useNavigation((s) => s.go);
  const groupRead = useChannel('groups-get', { id });
  const membersRead = useChannel('learners-list', { groupId: id, sort: 'name', limit: 500 });
  const gridRead = useChannel('progress-group', { groupId: id });
  const data =
    groupRead.data && membersRead.data && gridRead.data
      ? { group: groupRead.data, members: membersRead.data.items, grid: gridRead.data }
      : null;
  if (!data) {
    return (
      <Center mih="100vh">
        <Loader size="sm" />
      </Center>
    );
  }
  const { group, members, grid } = data;
  const progress = new Map(grid.learners.map((l) => [l.id, l]));
  return (
    <PrintSheet
      backLabel={`Back to ${group.name}`}
      onBack={() => go({ page: 'group', id, tab: 'members' })}
      testId="group-report"
      action={
        <Button leftSection={<IconPrinter size={18} />} onClick={() => window.print()}>
          Print or save as PDF
        </Button>
      }
    >
      <Stack>
        <div>
          <Text size="sm" tt="uppercase" fw={700} c="dimmed">
            Group report · {formatDate(new Date())}
          </Text>
          <Title order={1}>{group.name}</Title>
          {group.description && <Text>{group.description}</Text>}
        </div>
        <Text>
          {count(group.memberCount, 'member', 'members')} · {count(grid.courses.length, 'course', 'courses')} · {grid.percent}% of
          courses completed
        </Text>
        <Table aria-label="Members and progress" withTableBorder verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Email</Table.Th>
              <Table.Th>Joined via</Table.Th>
              <Table.Th>Registered</Table.Th>
              <Table.Th ta="right">Courses done</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{m.name}</Table.Td>
                {/* A long address wraps rather than pushing the table off the page; a usual one stays whole. */}
                <Table.Td style={{ overflowWrap: 'anywhere', minWidth: '9rem' }}>{m.email}</Table.Td>
                <Table.Td>{JOINED[m.source]}</Table.Td>
                <Table.Td>{formatDate(m.registeredAt)}</Table.Td>
                <Table.Td ta="right">
                  {progress.get(m.id)?.completed ?? 0} of {grid.courses.length}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {grid.courses.length > 0 && (
          <Table aria-label="Completion by course" withTableBorder verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Course</Table.Th>
                <Table.Th ta="right">Completed</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {grid.courses.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.title}</Table.Td>
                  <Table.Td ta="right">
                    {c.completed} ({c.percent}%)
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </PrintSheet>
  );
}
