import {
  Alert,
  Button,
  Group as Row,
  List,
  Modal,
  NumberInput,
  Paper,
  PasswordInput,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconDeviceDesktop, IconLock, IconLockOpen } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import type { KioskSettings, KioskStatus } from '../../../../shared/types';
import { adminApi } from '../../api';
import { callOrNotify } from '../../lib/call';

/** The admin's side of the kiosk: start it, unlock it, set its PIN and what it says. */
export function KioskLauncher() {
  const [status, setStatus] = useState<KioskStatus | null>(null);
  const [pinOpen, pinModal] = useDisclosure(false);
  const load = useCallback(() => void callOrNotify(adminApi['kiosk-status']({})).then((s) => s && setStatus(s)), []);
  useEffect(load, [load]);

  const start = async () => {
    if (!status?.pinSet) return pinModal.open();
    const value = await callOrNotify(adminApi['kiosk-open']({}));
    if (value?.url) window.open(value.url, '_blank', 'noopener');
  };

  return (
    <Stack maw={720}>
      <Title order={2}>Kiosk</Title>
      {status?.locked && <UnlockPanel onUnlocked={setStatus} />}
      <Paper withBorder p="lg" radius="md">
        <Stack>
          <Text>
            The kiosk is the sign-up screen for learners. Each learner enters their full name, email and their group's join code,
            and lands in that group with its courses.
          </Text>
          <List size="sm" spacing={4}>
            <List.Item>It can only register learners: it cannot see or change groups, codes or other learners.</List.Item>
            <List.Item>After each sign-up it shows the learner their group, then clears itself for the next person.</List.Item>
            <List.Item>In the desktop app it fills the screen; leaving it takes the admin PIN.</List.Item>
          </List>
          <div>
            <Button size="md" leftSection={<IconDeviceDesktop size={18} />} onClick={() => void start()}>
              Start kiosk
            </Button>
          </div>
        </Stack>
      </Paper>
      <KioskSettingsForm />
      <PinForm pinSet={status?.pinSet ?? false} onSaved={load} />
      <Modal opened={pinOpen} onClose={pinModal.close} title="Set an admin PIN first">
        <Stack>
          <Text size="sm">The PIN is needed to leave or unlock the kiosk. Choose 6 to 12 digits, and keep it from learners.</Text>
          <PinForm
            pinSet={false}
            bare
            onSaved={() => {
              pinModal.close();
              load();
            }}
          />
        </Stack>
      </Modal>
    </Stack>
  );
}

function UnlockPanel({ onUnlocked }: { onUnlocked: (s: KioskStatus) => void }) {
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Alert color="red" icon={<IconLock />} title="A kiosk is locked">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void adminApi['kiosk-unlock']({ pin }).then((r) => {
            setPin('');
            if (!r.ok) return setError(r.error.message);
            notifications.show({
              color: 'teal',
              title: 'Kiosk unlocked',
              message: 'Wrong-code and wrong-PIN counts at the kiosks start again from zero.',
            });
            onUnlocked(r.value);
          });
        }}
      >
        <Stack gap="xs">
          <Text size="sm">
            It took 100 wrong join codes, or 10 wrong PINs to leave it, in a day. Enter the admin PIN to unlock it.
          </Text>
          <Row align="flex-start">
            <PasswordInput
              aria-label="Admin PIN"
              placeholder="Admin PIN"
              value={pin}
              onChange={(e) => setPin(e.currentTarget.value)}
              error={error}
              inputMode="numeric"
            />
            <Button type="submit" leftSection={<IconLockOpen size={18} />}>
              Unlock
            </Button>
          </Row>
        </Stack>
      </form>
    </Alert>
  );
}

function KioskSettingsForm() {
  const [settings, setSettings] = useState<KioskSettings | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    void callOrNotify(adminApi['kiosk-settings-get']({})).then((s) => s && setSettings(s));
  }, []);
  if (!settings) return null;
  const save = async () => {
    const r = await adminApi['kiosk-settings-update'](settings);
    if (!r.ok) return setErrors({ [r.error.field ?? 'orgName']: r.error.message });
    setErrors({});
    setSettings(r.value);
    notifications.show({ color: 'teal', title: 'Kiosk settings saved', message: 'The kiosk shows them from its next screen.' });
  };
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack>
        <Title order={3} size="h4">
          What the kiosk says
        </Title>
        <TextInput
          label="Organisation name"
          value={settings.orgName}
          onChange={(e) => setSettings({ ...settings, orgName: e.currentTarget.value })}
          error={errors.orgName}
        />
        <Textarea
          label="Welcome message"
          autosize
          minRows={2}
          value={settings.welcome}
          onChange={(e) => setSettings({ ...settings, welcome: e.currentTarget.value })}
          error={errors.welcome}
        />
        <NumberInput
          label="Clear the form after this many seconds without input"
          description="Learners then get a 30-second warning they can dismiss."
          min={10}
          max={3600}
          allowDecimal={false}
          value={settings.idleSeconds}
          onChange={(v) => setSettings({ ...settings, idleSeconds: Number(v) || 0 })}
          error={errors.idleSeconds}
          maw={360}
        />
        <Row>
          <Button onClick={() => void save()}>Save kiosk settings</Button>
        </Row>
      </Stack>
    </Paper>
  );
}

function PinForm({ pinSet, onSaved, bare }: { pinSet: boolean; onSaved: () => void; bare?: boolean }) {
  const [currentPin, setCurrentPin] = useState('');
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = async () => {
    if (pin !== confirm) return setErrors({ confirm: 'The two PINs are not the same.' });
    const r = await adminApi['admin-pin-set']({ pin, currentPin: pinSet ? currentPin : undefined });
    if (!r.ok) return setErrors({ [r.error.field ?? 'pin']: r.error.message });
    setErrors({});
    setCurrentPin('');
    setPin('');
    setConfirm('');
    notifications.show({ color: 'teal', title: 'Admin PIN saved', message: 'Use it to leave or unlock the kiosk.' });
    onSaved();
  };
  const fields = (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Stack>
        {pinSet && (
          <PasswordInput
            label="Current PIN"
            value={currentPin}
            onChange={(e) => setCurrentPin(e.currentTarget.value)}
            error={errors.currentPin}
            inputMode="numeric"
            maw={360}
          />
        )}
        <PasswordInput
          label={pinSet ? 'New PIN' : 'Admin PIN'}
          description="6 to 12 digits."
          value={pin}
          onChange={(e) => setPin(e.currentTarget.value)}
          error={errors.pin}
          inputMode="numeric"
          maw={360}
        />
        <PasswordInput
          label="PIN again"
          value={confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
          error={errors.confirm}
          inputMode="numeric"
          maw={360}
        />
        <Row>
          <Button type="submit">{pinSet ? 'Change PIN' : 'Set PIN'}</Button>
        </Row>
      </Stack>
    </form>
  );
  if (bare) return fields;
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack>
        <Title order={3} size="h4">
          Admin PIN
        </Title>
        <Text size="sm" c="dimmed">
          {pinSet
            ? 'A PIN is set. It is stored as a salted hash; nobody can read it back.'
            : 'No PIN yet: set one before starting the kiosk.'}
        </Text>
        {fields}
      </Stack>
    </Paper>
  );
}
