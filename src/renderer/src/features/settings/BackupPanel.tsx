import { Alert, Button, FileButton, Group as Row, Modal, NumberInput, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useState } from 'react';
import type { Result } from '../../../../shared/result';
import type { BackupEntry, BackupSettings } from '../../../../shared/types';
import { adminApi, isDesktop } from '../../api';
import type { AdminWords } from '../../i18n/admin';
import { errorWords, useAdminText } from '../../i18n/admin';
import { callOrNotify } from '../../lib/call';
import { formatDateTime } from '../../lib/format';
import { downloadBackup, uploadBackup } from '../../lib/files';
import { useChannel } from '../../lib/useChannel';
import { BackupTable } from './BackupTable';
import { formatBytes } from './byteSize';

// Worded when shown, so a message on screen follows a change of language like everything else.
type Say = (t: AdminWords) => ReactNode;
type Message = { color: string; say: Say } | null;
// A file's name stays left to right inside a right-to-left sentence.
const ltr = (chunks: ReactNode[]) => <bdi dir="ltr">{chunks}</bdi>;

/** Backups made and named by JoinDesk in its own folder; restore only after the file passes every check. */
export function BackupPanel() {
  const t = useAdminText();
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
  const act = async <T,>(pending: Promise<Result<T>>, success: (value: T) => Say | null) => {
    setBusy(true);
    const r = await pending;
    setBusy(false);
    if (!r.ok) {
      const error = r.error;
      setMessage({ color: 'red', say: (words) => errorWords(error, words) });
    } else {
      const say = success(r.value);
      if (say) setMessage({ color: 'teal', say });
    }
    // After every action the list is read again.
    list.reload();
  };

  const backup = () =>
    act(adminApi['backup-create']({}), (v) => (words) => words('settings.backup.made', { size: formatBytes(v.bytes) }));
  const addFile = (file: File | null) =>
    file && act(uploadBackup(file), () => (words) => words.rich('settings.backup.fileAdded', { file: file.name, ltr }));
  const importFile = () =>
    act(adminApi['backup-import-file']({}), (v) => (v.name ? (words) => words('settings.backup.aFileAdded') : null));
  const saveCopy = (b: BackupEntry) =>
    act(adminApi['backup-save-copy']({ name: b.name }), (v) =>
      v.savedAs ? (words) => words.rich('settings.backup.copySaved', { file: v.savedAs, ltr }) : null,
    );
  const restore = (b: BackupEntry) => {
    setConfirming(null);
    return act(
      adminApi['backup-restore']({ name: b.name }),
      (v) => (words) => words('settings.backup.restored', { when: formatDateTime(b.createdAt), erased: v.erasedAgain ?? 0 }),
    );
  };

  return (
    <Paper withBorder radius="md" p="lg">
      <Stack>
        <Title order={3} size="h4">
          {t('settings.backup.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('settings.backup.intro', { desktop: isDesktop ? 'yes' : 'no' })}
        </Text>
        {auto && (
          <Row align="flex-end">
            <Switch
              label={t('settings.backup.autoDaily')}
              checked={auto.autoDaily}
              onChange={(e) => void saveAuto({ ...auto, autoDaily: e.currentTarget.checked })}
            />
            <NumberInput
              label={t('settings.backup.keep')}
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
            {t('settings.backup.now')}
          </Button>
          {isDesktop ? (
            <Button variant="default" onClick={() => void importFile()} disabled={busy}>
              {t('settings.backup.restoreFromFile')}
            </Button>
          ) : (
            <FileButton onChange={(f) => void addFile(f)} accept=".db,application/octet-stream,application/vnd.sqlite3">
              {(props) => (
                <Button variant="default" disabled={busy} {...props}>
                  {t('settings.backup.addFile')}
                </Button>
              )}
            </FileButton>
          )}
        </Row>
        {message && (
          <Alert
            color={message.color}
            data-testid="backup-message"
            withCloseButton
            closeButtonLabel={t('app.close')}
            onClose={() => setMessage(null)}
          >
            {message.say(t)}
          </Alert>
        )}
        <BackupTable
          backups={backups}
          onRestore={setConfirming}
          onSaveCopy={(b) => void saveCopy(b)}
          onDownload={(b) => void act(downloadBackup(b.name), () => null)}
        />
      </Stack>
      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={t('settings.backup.confirm.title')}
        closeButtonProps={{ 'aria-label': t('app.close') }}
      >
        <Stack>
          <Text size="sm">{confirming && t('settings.backup.confirm.body', { when: formatDateTime(confirming.createdAt) })}</Text>
          <Row justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(null)}>
              {t('settings.backup.confirm.cancel')}
            </Button>
            <Button color="orange" onClick={() => confirming && void restore(confirming)}>
              {t('settings.backup.confirm.restore')}
            </Button>
          </Row>
        </Stack>
      </Modal>
    </Paper>
  );
}
