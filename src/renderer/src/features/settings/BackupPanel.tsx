import { Alert, Button, FileButton, Group as Row, Modal, NumberInput, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Result } from '../../../../shared/result';
import type { BackupEntry, BackupSettings } from '../../../../shared/types';
import { adminApi, isDesktop } from '../../api';
import { callOrNotify } from '../../lib/call';
import { count, formatDateTime, formatNumber } from '../../lib/format';
import { downloadBackup, uploadBackup } from '../../lib/files';
import { useChannel } from '../../lib/useChannel';
import { BackupTable } from './BackupTable';

type Message = { color: string; text: string } | null;

/** Backups made and named by JoinDesk in its own folder; restore only after the file passes every check. */
export function BackupPanel() {
  const { data: auto, set: setAuto } = useChannel('backup-settings-get', {});
  const list = useChannel('backup-list', {});
  const backups = list.data ?? [];
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<BackupEntry | null>(null);
  const [message, setMessage] = useState<Message>(null);

  const saveAuto = async (next: BackupSettings) => {
    setAuto(next);
    const value = await callOrNotify(adminApi['backup-settings-update'](next));
    if (value) setAuto(value);
  };

  /** Runs one action, shows its outcome, and reloads the list. */
  const act = async <T,>(pending: Promise<Result<T>>, success: (value: T) => string | null) => {
    setBusy(true);
    const r = await pending;
    setBusy(false);
    if (!r.ok) setMessage({ color: 'red', text: r.error.message });
    else {
      const text = success(r.value);
      if (text) setMessage({ color: 'teal', text });
    }
    // After every action the list is read again.
    list.reload();
  };

  const backup = () =>
    act(adminApi['backup-create']({}), (v) => `Backup made and checked (${formatNumber(Math.ceil(v.bytes / 1024))} KB).`);
  const addFile = (file: File | null) =>
    file && act(uploadBackup(file), () => `“${file.name}” was added to the list. Restore it from there.`);
  const importFile = () =>
    act(adminApi['backup-import-file']({}), (v) => (v.name ? 'The file was added to the list. Restore it from there.' : null));
  const saveCopy = (b: BackupEntry) =>
    act(adminApi['backup-save-copy']({ name: b.name }), (v) => (v.savedAs ? `Saved a copy as “${v.savedAs}”.` : null));
  const restore = (b: BackupEntry) => {
    setConfirming(null);
    return act(
      adminApi['backup-restore']({ name: b.name }),
      (v) =>
        `Restored the backup from ${formatDateTime(b.createdAt)}. The data as it was is kept in the list (“Before a restore”).` +
        (v.erasedAgain ? ` ${count(v.erasedAgain, 'erased learner was', 'erased learners were')} left out again.` : ''),
    );
  };

  return (
    <Paper withBorder radius="md" p="lg">
      <Stack>
        <Title order={3} size="h4">
          Backup and restore
        </Title>
        <Text size="sm" c="dimmed">
          A backup is a complete, checked copy of JoinDesk’s data, safe to take while the kiosk is in use. JoinDesk keeps backups
          in its own folder beside the data; {isDesktop ? 'save a copy elsewhere' : 'download one'} to keep it off this machine.
        </Text>
        {auto && (
          <Row align="flex-end">
            <Switch
              label="Back up automatically once a day"
              checked={auto.autoDaily}
              onChange={(e) => void saveAuto({ ...auto, autoDaily: e.currentTarget.checked })}
            />
            <NumberInput
              label="Daily backups to keep"
              min={1}
              max={365}
              allowDecimal={false}
              value={auto.keep}
              onChange={(v) => Number(v) >= 1 && void saveAuto({ ...auto, keep: Number(v) })}
              w={200}
            />
          </Row>
        )}
        <Row>
          <Button onClick={() => void backup()} loading={busy}>
            Back up now
          </Button>
          {isDesktop ? (
            <Button variant="default" onClick={() => void importFile()} disabled={busy}>
              Restore from a file…
            </Button>
          ) : (
            <FileButton onChange={(f) => void addFile(f)} accept=".db,application/octet-stream,application/vnd.sqlite3">
              {(props) => (
                <Button variant="default" disabled={busy} {...props}>
                  Add a backup file…
                </Button>
              )}
            </FileButton>
          )}
        </Row>
        {message && (
          <Alert color={message.color} data-testid="backup-message" withCloseButton onClose={() => setMessage(null)}>
            {message.text}
          </Alert>
        )}
        <BackupTable
          backups={backups}
          onRestore={setConfirming}
          onSaveCopy={(b) => void saveCopy(b)}
          onDownload={(b) => void act(downloadBackup(b.name), () => null)}
        />
      </Stack>
      <Modal opened={confirming !== null} onClose={() => setConfirming(null)} title="Restore this backup?">
        <Stack>
          <Text size="sm">
            Everything now in JoinDesk is replaced by the backup from {confirming && formatDateTime(confirming.createdAt)}. The
            current data is kept as a backup first, so this can be undone by restoring that one. Learners erased since stay
            erased.
          </Text>
          <Row justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(null)}>
              Cancel
            </Button>
            <Button color="orange" onClick={() => confirming && void restore(confirming)}>
              Restore
            </Button>
          </Row>
        </Stack>
      </Modal>
    </Paper>
  );
}
