import { Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { Group } from '../../../../shared/types';
import { formatDateTime } from '../../lib/dates';
import { useChannel } from '../../lib/useChannel';

/** Every code the group has had. Old codes stay reserved, so they can never send anyone elsewhere. */
export function CodeHistory({ group }: { group: Group }) {
  const history = useChannel('join-code-history', { groupId: group.id }, { refresh: [group.joinCode, group.usedCount] });
  const entries = history.data ?? [];

  return (
    <Paper withBorder radius="md" p="lg" maw={640}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          Code history
        </Title>
        <Text size="sm" c="dimmed">
          Retired codes stay reserved: no group can take them, and anyone who tries one is told it has changed.
        </Text>
        <Table aria-label="Code history" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Code</Table.Th>
              <Table.Th>Set</Table.Th>
              <Table.Th>Retired</Table.Th>
              <Table.Th ta="right">Joined</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((e) => (
              <Table.Tr key={`${e.joinCode}-${e.setAt}`}>
                <Table.Td ff="monospace">{e.retiredAt ? e.joinCode : '••••-••••'}</Table.Td>
                <Table.Td>{formatDateTime(e.setAt)}</Table.Td>
                <Table.Td>
                  {e.retiredAt ? (
                    formatDateTime(e.retiredAt)
                  ) : (
                    <Badge color="teal" variant="light">
                      Current
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td ta="right">{e.joinCount.toLocaleString()}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
