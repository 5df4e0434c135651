import { Badge, Button, Group as Row, Modal, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useState } from 'react';
import type { CodeHistoryEntry, Group } from '../../../../shared/types';
import { adminApi } from '../../api';
import { callOrNotify } from '../../lib/call';
import { useAdminText } from '../../i18n/admin';
import { formatDateTime, formatNumber } from '../../lib/format';
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
  const t = useAdminText();

  return (
    <Paper withBorder radius="md" p="lg" maw={640}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('groups.history.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('groups.history.intro')}
        </Text>
        <Table aria-label={t('groups.history.title')} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('groups.history.column.code')}</Table.Th>
              <Table.Th>{t('groups.history.column.set')}</Table.Th>
              <Table.Th>{t('groups.history.column.retired')}</Table.Th>
              <Table.Th ta="right">{t('groups.history.column.joined')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('groups.history.column.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((e) => (
              <Table.Tr key={`${e.joinCode}-${e.setAt}`}>
                <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  <span dir="ltr">{shown ? e.joinCode : CODE_MASK}</span>
                </Table.Td>
                <Table.Td>{formatDateTime(e.setAt)}</Table.Td>
                <Table.Td>
                  {e.retiredAt ? (
                    formatDateTime(e.retiredAt)
                  ) : (
                    <Badge color="teal" variant="light">
                      {t('groups.history.current')}
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
                      aria-label={t('groups.history.bringBackAria', { when: formatDateTime(e.setAt) })}
                      onClick={() => setRestoring(e)}
                    >
                      {t('groups.history.bringBack')}
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
  const t = useAdminText();

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
      title: t('groups.restore.done'),
      message: t('groups.restore.doneMessage'),
    });
  };

  return (
    <Modal opened={entry !== null} onClose={onClose} title={t('groups.restore.title')}>
      {entry && (
        <Stack>
          <Text>
            {props.shown
              ? t.rich('groups.restore.bodyCode', {
                  ltr: (chunks) => (
                    <Text span ff="monospace" fw={700} dir="ltr">
                      {chunks}
                    </Text>
                  ),
                  code: entry.joinCode,
                  group: group.name,
                  n: entry.joinCount,
                })
              : t('groups.restore.bodyDate', { when: formatDateTime(entry.setAt), group: group.name, n: entry.joinCount })}
          </Text>
          <Row justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('groups.cancel')}
            </Button>
            <Button loading={busy} onClick={() => void restore(entry.joinCode)}>
              {t('groups.history.bringBack')}
            </Button>
          </Row>
        </Stack>
      )}
    </Modal>
  );
}
