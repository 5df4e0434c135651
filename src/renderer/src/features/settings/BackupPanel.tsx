import { Alert, Button, Group as Row, Modal, NumberInput, Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { BackupSettings } from '../../../../shared/types';
import { adminApi } from '../../api';
import { callOrNotify } from '../../lib/call';

/** Backups through SQLite's backup API, checked; restore only after the file passes every check. */
export function BackupPanel() {
  const [auto, setAuto] = useState<BackupSettings | null>(null);
  const [target, setTarget] = useState('');
  const [made, setMade] = useState<string | null>(null);
  const [source, setSource] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ color: string; text: string } | null>(null);

  useEffect(() => {
    void callOrNotify(adminApi['backup-settings-get']({})).then(setAuto);
  }, []);
  const saveAuto = async (next: BackupSettings) => {
    setAuto(next);
    const value = await callOrNotify(adminApi['backup-settings-update'](next));
    if (value) setAuto(value);
  };

  const backup = async () => {
    const r = await adminApi['backup-create']({ path: target.trim() || undefined });
    if (!r.ok) return setMessage({ color: 'red', text: r.error.message });
    setMade(r.value.path);
    setMessage({ color: 'teal', text: `Backup saved and checked: ${r.value.path} (${Math.ceil(r.value.bytes / 1024)} KB).` });
  };
  const restore = async () => {
    setConfirming(false);
    const r = await adminApi['backup-restore']({ path: source.trim() });
    if (!r.ok) return setMessage({ color: 'red', text: r.error.message });
    setMessage({
      color: 'teal',
      text: `Restored from ${r.value.restoredFrom}. The data as it was is kept at ${r.value.previousKeptAt}.`,
    });
  };

  return (
    <Paper withBorder radius="md" p="lg">
      <Stack>
        <Title order={3} size="h4">
          Backup and restore
        </Title>
        <Text size="sm" c="dimmed">
          A backup is a complete, checked copy of JoinDesk’s data, safe to take while the kiosk is in use. Leave the file empty to
          save it in the backups folder beside the data.
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
        <Row align="flex-end">
          <TextInput
            label="Save backup as (optional)"
            placeholder="/path/to/joindesk-backup.db"
            value={target}
            onChange={(e) => setTarget(e.currentTarget.value)}
            w={420}
          />
          <Button onClick={() => void backup()}>Back up now</Button>
        </Row>
        <Row align="flex-end">
          <TextInput
            label="Restore from"
            placeholder={made ?? '/path/to/joindesk-backup.db'}
            value={source}
            onChange={(e) => setSource(e.currentTarget.value)}
            w={420}
          />
          <Button color="orange" variant="light" disabled={!source.trim()} onClick={() => setConfirming(true)}>
            Restore…
          </Button>
        </Row>
        {message && (
          <Alert color={message.color} data-testid="backup-message">
            {message.text}
          </Alert>
        )}
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="Restore this backup?">
        <Stack>
          <Text size="sm">
            Everything now in JoinDesk is replaced by the backup. The current data is kept as a file first, so this can be undone
            by restoring that file.
          </Text>
          <Row justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button color="orange" onClick={() => void restore()}>
              Restore
            </Button>
          </Row>
        </Stack>
      </Modal>
    </Paper>
  );
}
