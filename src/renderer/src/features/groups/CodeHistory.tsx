import { Badge, Button, Group as Row, Modal, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useState } from 'react';
import type { CodeHistoryEntry, Group } from '../../../../shared/types';
import { adminApi } from '../../api';
import { callOrNotify } from '../../lib/call';
import { count, formatDateTime, formatNumber } from '../../lib/format';
import { useChannel } from '../../lib/useChannel';
import { CODE_MASK, useCodeReveal, useCodesShown } from './codeReveal';
import { useCurrentGroup } from './currentGroup';

/**
 * Every code the group has had, shown or hidden together with the code card above. Old codes stay
 * reserved for this group, so they can never send anyone elsewhere, and any of them can come back.
 */
export function CodeHistory({ group }: { group: Group }) {
  const history = useChannel('join-code-history', { groupId: group.id }, { refresh: [group.joinCode, group.usedCount] });
  const entries = history.data ?? [];
  const shown = useCodesShown(group.id);
  const [restoring, setRestoring] = useState<CodeHistoryEntry | null>(null);

  return (
    <Paper withBorder radius="md" p="lg" maw={640}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          Code history
        </Title>
        <Text size="sm" c="dimmed">
          Retired codes stay reserved for this group: no other group can take them, and anyone who tries one is told it has
          changed. Bring one back if cards with it are already out.
        </Text>
        <Table aria-label="Code history" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Code</Table.Th>
              <Table.Th>Set</Table.Th>
              <Table.Th>Retired</Table.Th>
              <Table.Th ta="right">Joined</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((e) => (
              <Table.Tr key={`${e.joinCode}-${e.setAt}`}>
                <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  {shown ? e.joinCode : CODE_MASK}
                </Table.Td>
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
                <Table.Td ta="right">{formatNumber(e.joinCount)}</Table.Td>
                <Table.Td ta="right">
                  {e.retiredAt && (
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      leftSection={<IconArrowBackUp size={16} />}
                      aria-label={`Bring back the code set ${formatDateTime(e.setAt)}`}
                      onClick={() => setRestoring(e)}
                    >
                      Bring back
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
      <RestoreDialog group={group} entry={restoring} shown={shown} onClose={() => setRestoring(null)} />
    </Paper>
  );
}

function RestoreDialog(props: { group: Group; entry: CodeHistoryEntry | null; shown: boolean; onClose: () => void }) {
  const { group, entry, onClose } = props;
  const setGroup = useCurrentGroup((s) => s.set);
  const pin = useCodeReveal((s) => s.setPinned);
  const [busy, setBusy] = useState(false);

  const restore = async (code: string) => {
    setBusy(true);
    const value = await callOrNotify(adminApi['join-code-restore']({ groupId: group.id, code }));
    setBusy(false);
    onClose();
    if (!value) return;
    setGroup(value);
    pin(group.id);
    notifications.show({
      color: 'teal',
      title: 'Earlier code brought back',
      message: 'Cards with it work again. The code it replaced no longer works.',
    });
  };

  return (
    <Modal opened={entry !== null} onClose={onClose} title="Bring back this code?">
      {entry && (
        <Stack>
          <Text>
            {props.shown ? (
              <Text span ff="monospace" fw={700}>
                {entry.joinCode}
              </Text>
            ) : (
              `The code set on ${formatDateTime(entry.setAt)}`
            )}{' '}
            works again for {group.name}, with its {count(entry.joinCount, 'earlier sign-up', 'earlier sign-ups')} counted. The
            current code stops working at once: anyone who tries it will be told it has changed. Learners who already joined stay
            in the group.
          </Text>
          <Row justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button loading={busy} onClick={() => void restore(entry.joinCode)}>
              Bring back
            </Button>
          </Row>
        </Stack>
      )}
    </Modal>
  );
}
