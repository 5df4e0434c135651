import { Badge, Button, Group as Row, Table, Text, VisuallyHidden } from '@mantine/core';
import type { BackupEntry, BackupKind } from '../../../../shared/types';
import { isDesktop } from '../../api';
import type { AdminMessageId } from '../../i18n/admin';
import { useAdminText } from '../../i18n/admin';
import { formatDateTime } from '../../lib/format';
import { formatBytes } from './byteSize';

const KIND_LABEL: Record<BackupKind, { label: AdminMessageId; color: string }> = {
  manual: { label: 'settings.backups.kind.manual', color: 'blue' },
  automatic: { label: 'settings.backups.kind.automatic', color: 'gray' },
  'before-restore': { label: 'settings.backups.kind.beforeRestore', color: 'orange' },
  'before-upgrade': { label: 'settings.backups.kind.beforeUpgrade', color: 'grape' },
  uploaded: { label: 'settings.backups.kind.uploaded', color: 'grape' },
};

/** The backups folder, newest first: each can be restored, and copied out (a download, or a save dialog). */
export function BackupTable(props: {
  backups: BackupEntry[];
  onRestore: (backup: BackupEntry) => void;
  onSaveCopy: (backup: BackupEntry) => void;
  onDownload: (backup: BackupEntry) => void;
}) {
  const t = useAdminText();
  if (props.backups.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('settings.backups.empty')}
      </Text>
    );
  }
  return (
    <Table aria-label={t('settings.backups.table')} verticalSpacing={6} striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('settings.backups.made')}</Table.Th>
          <Table.Th>{t('settings.backups.kind')}</Table.Th>
          <Table.Th>{t('settings.backups.size')}</Table.Th>
          <Table.Th>
            <VisuallyHidden>{t('settings.backups.actions')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {props.backups.map((b) => (
          <Table.Tr key={b.name}>
            <Table.Td>
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                {formatDateTime(b.createdAt)}
              </Text>
              <Text size="xs" c="dimmed" ff="monospace">
                <bdi dir="ltr">{b.name}</bdi>
              </Text>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <Badge variant="light" color={KIND_LABEL[b.kind].color} tt="none">
                {t(KIND_LABEL[b.kind].label)}
              </Badge>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatBytes(b.bytes)}</Table.Td>
            <Table.Td>
              <Row gap="xs" justify="flex-end" wrap="nowrap">
                {isDesktop ? (
                  <Button size="xs" variant="default" onClick={() => props.onSaveCopy(b)}>
                    {t('settings.backups.saveCopy')}
                  </Button>
                ) : (
                  <Button size="xs" variant="default" onClick={() => props.onDownload(b)}>
                    {t('settings.backups.download')}
                  </Button>
                )}
                <Button
                  size="xs"
                  color="orange"
                  variant="light"
                  onClick={() => props.onRestore(b)}
                  aria-label={t('settings.backups.restoreOne', { file: b.name })}
                >
                  {t('settings.backups.restore')}
                </Button>
              </Row>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
