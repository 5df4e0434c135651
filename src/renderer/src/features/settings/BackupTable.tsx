import { Badge, Button, Group as Row, Table, Text } from '@mantine/core';
import type { BackupEntry, BackupKind } from '../../../../shared/types';
import { isDesktop } from '../../api';
import { formatDateTime, formatNumber } from '../../lib/format';

const KIND_LABEL: Record<BackupKind, { label: string; color: string }> = {
  manual: { label: 'Made by hand', color: 'blue' },
  automatic: { label: 'Daily', color: 'gray' },
  'before-restore': { label: 'Before a restore', color: 'orange' },
  'before-upgrade': { label: 'Before an update', color: 'grape' },
  uploaded: { label: 'Added from a file', color: 'grape' },
};

const size = (bytes: number): string =>
  bytes >= 1024 * 1024
    ? `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`
    : `${formatNumber(Math.max(1, Math.ceil(bytes / 1024)))} KB`;

/** The backups folder, newest first: each can be restored, and copied out (a download, or a save dialog). */
export function BackupTable(props: {
  backups: BackupEntry[];
  onRestore: (backup: BackupEntry) => void;
  onSaveCopy: (backup: BackupEntry) => void;
  onDownload: (backup: BackupEntry) => void;
}) {
  if (props.backups.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No backups yet.
      </Text>
    );
  }
  return (
    <Table aria-label="Backups" verticalSpacing={6} striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Made</Table.Th>
          <Table.Th>Kind</Table.Th>
          <Table.Th>Size</Table.Th>
          <Table.Th />
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
                {b.name}
              </Text>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <Badge variant="light" color={KIND_LABEL[b.kind].color} tt="none">
                {KIND_LABEL[b.kind].label}
              </Badge>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{size(b.bytes)}</Table.Td>
            <Table.Td>
              <Row gap="xs" justify="flex-end" wrap="nowrap">
                {isDesktop ? (
                  <Button size="xs" variant="default" onClick={() => props.onSaveCopy(b)}>
                    Save a copy…
                  </Button>
                ) : (
                  <Button size="xs" variant="default" onClick={() => props.onDownload(b)}>
                    Download
                  </Button>
                )}
                <Button
                  size="xs"
                  color="orange"
                  variant="light"
                  onClick={() => props.onRestore(b)}
                  aria-label={`Restore ${b.name}`}
                >
                  Restore…
                </Button>
              </Row>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
