import {
  Alert,
  Button,
  Checkbox,
  Group as Row,
  List,
  Modal,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconDeviceDesktop, IconLock, IconLockOpen } from '@tabler/icons-react';
import type { LanguageTag } from '../../../../shared/languages';
import { isLanguageTag, LANGUAGE_NAMES, LANGUAGE_TAGS } from '../../../../shared/languages';
import { schemas } from '../../../../shared/schemas';
import type { KioskSettings, KioskStatus } from '../../../../shared/types';
import { adminApi } from '../../api';
import { PinField } from '../../components/PinField';
import { callOrNotify, showFieldError } from '../../lib/call';
import { schemaRules, useSettingsForm } from '../../lib/form';
import { useChannel } from '../../lib/useChannel';
import { RoomNetworkPanel } from './RoomNetwork';

/** The admin's side of the kiosk: start it, unlock it, set its PIN and what it says. */
export function KioskLauncher() {
  const { data: status, set: setStatus, reload: load } = useChannel('kiosk-overview', {});
  const [pinOpen, pinModal] = useDisclosure(false);

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
      <RoomNetworkPanel />
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
  // Controlled: a wrong PIN empties the field without taking the focus from it.
  const form = useForm({ mode: 'controlled', initialValues: { pin: '' }, validate: schemaRules(schemas.kioskUnlock) });
  const unlock = form.onSubmit(async (values) => {
    const r = await adminApi['kiosk-unlock'](values);
    form.setFieldValue('pin', '');
    if (!r.ok) return showFieldError(r.error, form, 'pin');
    notifications.show({
      color: 'teal',
      title: 'Kiosk unlocked',
      message: 'Wrong-code and wrong-PIN counts at the kiosks start again from zero.',
    });
    onUnlocked(r.value);
  });
  return (
    <Alert color="red" icon={<IconLock />} title="A kiosk is locked">
      <form onSubmit={unlock}>
        <Stack gap="xs">
          <Text size="sm">
            It took 100 wrong join codes, or 10 wrong PINs to leave it, in a day. Enter the admin PIN to unlock it.
          </Text>
          <Row align="flex-start">
            <PinField aria-label="Admin PIN" placeholder="Admin PIN" {...form.getInputProps('pin')} />
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
  const settings = useChannel('kiosk-settings-get', {}).data;
  // The form starts from the saved settings, so it waits for them.
  return settings ? <KioskSettingsFields settings={settings} /> : null;
}

function KioskSettingsFields({ settings }: { settings: KioskSettings }) {
  const { form, submit: save } = useSettingsForm({
    initialValues: settings,
    schema: schemas.kioskSettingsUpdate,
    numbers: ['idleSeconds'],
    save: adminApi['kiosk-settings-update'],
    otherwise: 'orgName',
    saved: { title: 'Kiosk settings saved', message: 'The kiosk shows them from its next screen.' },
  });
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack>
        <Title order={3} size="h4">
          What the kiosk says
        </Title>
        <TextInput label="Organisation name" {...form.getInputProps('orgName')} />
        <Textarea label="Welcome message" autosize minRows={2} {...form.getInputProps('welcome')} />
        <NumberInput
          label="Clear the form after this many seconds without input"
          description="Learners then get a 30-second warning they can dismiss."
          min={10}
          max={3600}
          allowDecimal={false}
          {...form.getInputProps('idleSeconds')}
          maw={360}
        />
        <LanguageFields
          offered={(form.getValues().languages ?? []).filter(isLanguageTag)}
          checkbox={form.getInputProps('languages')}
          select={form.getInputProps('defaultLanguage')}
        />
        <Row>
          <Button onClick={() => save()}>Save kiosk settings</Button>
        </Row>
      </Stack>
    </Paper>
  );
}

// The admin's words are English for now; each language is also named in itself, as the kiosk shows it.
const englishName = new Intl.DisplayNames(['en'], { type: 'language' });
const languageLabel = (tag: LanguageTag) =>
  tag === 'en' ? LANGUAGE_NAMES.en : `${LANGUAGE_NAMES[tag]} (${englishName.of(tag) ?? tag})`;

/** Which languages the kiosk's picker offers, and the one every learner starts in. */
function LanguageFields({
  offered,
  checkbox,
  select,
}: {
  offered: LanguageTag[];
  checkbox: GetInputPropsReturnType;
  select: GetInputPropsReturnType;
}) {
  return (
    <>
      <Checkbox.Group
        label="Languages learners can choose"
        description="The kiosk shows a language button for each. With one language, it shows none."
        {...checkbox}
      >
        <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} mt="xs" spacing="xs">
          {LANGUAGE_TAGS.map((tag) => (
            <Checkbox key={tag} value={tag} label={languageLabel(tag)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Select
        label="Default language"
        description="Every learner starts in it, and the kiosk returns to it after each sign-up and when it clears itself."
        data={LANGUAGE_TAGS.filter((tag) => offered.includes(tag)).map((tag) => ({ value: tag, label: languageLabel(tag) }))}
        allowDeselect={false}
        {...select}
        maw={360}
      />
    </>
  );
}

const NO_PINS = { currentPin: '', pin: '', confirm: '' };

function PinForm({ pinSet, onSaved, bare }: { pinSet: boolean; onSaved: () => void; bare?: boolean }) {
  const toInput = (values: typeof NO_PINS) => ({ pin: values.pin, currentPin: pinSet ? values.currentPin : undefined });
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: NO_PINS,
    validate: schemaRules(schemas.adminPinSet, {
      input: toInput,
      also: (values) => (values.pin === values.confirm ? {} : { confirm: 'The two PINs are not the same.' }),
    }),
  });
  const save = form.onSubmit(async (values) => {
    const r = await adminApi['admin-pin-set'](toInput(values));
    if (!r.ok) return showFieldError(r.error, form, 'pin');
    form.reset();
    notifications.show({ color: 'teal', title: 'Admin PIN saved', message: 'Use it to leave or unlock the kiosk.' });
    onSaved();
  });
  const pinProps = (field: keyof typeof NO_PINS) => ({ ...form.getInputProps(field), maw: 360 });
  const fields = (
    <form onSubmit={save}>
      <Stack>
        {pinSet && <PinField label="Current PIN" key={form.key('currentPin')} {...pinProps('currentPin')} />}
        <PinField
          label={pinSet ? 'New PIN' : 'Admin PIN'}
          description="6 to 12 digits."
          key={form.key('pin')}
          {...pinProps('pin')}
        />
        <PinField label="PIN again" key={form.key('confirm')} {...pinProps('confirm')} />
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
