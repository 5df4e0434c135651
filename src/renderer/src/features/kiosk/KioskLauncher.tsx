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
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { LanguageTag } from '../../../../shared/languages';
import { isLanguageTag, LANGUAGE_NAMES, LANGUAGE_TAGS } from '../../../../shared/languages';
import { schemas } from '../../../../shared/schemas';
import type { KioskSettings, KioskStatus } from '../../../../shared/types';
import { adminApi } from '../../api';
import { PinField } from '../../components/PinField';
import { useAdminText } from '../../i18n/admin';
import { callOrNotify, showFieldError } from '../../lib/call';
import { schemaRules, useSettingsForm } from '../../lib/form';
import { useChannel } from '../../lib/useChannel';
import { RoomNetworkPanel } from './RoomNetwork';

/** The admin's side of the kiosk: start it, unlock it, set its PIN and what it says. */
export function KioskLauncher() {
  const t = useAdminText();
  const { data: status, set: setStatus, reload: load } = useChannel('kiosk-overview', {});
  const [pinOpen, pinModal] = useDisclosure(false);

  const start = async () => {
    if (!status?.pinSet) return pinModal.open();
    const value = await callOrNotify(adminApi['kiosk-open']({}));
    if (value?.url) window.open(value.url, '_blank', 'noopener');
  };

  return (
    <Stack maw={720}>
      <Title order={2}>{t('kiosk.title')}</Title>
      {status?.locked && <UnlockPanel onUnlocked={setStatus} />}
      <Paper withBorder p="lg" radius="md">
        <Stack>
          <Text>{t('kiosk.intro')}</Text>
          <List size="sm" spacing={4}>
            <List.Item>{t('kiosk.point.onlyRegisters')}</List.Item>
            <List.Item>{t('kiosk.point.clears')}</List.Item>
            <List.Item>{t('kiosk.point.fullScreen')}</List.Item>
          </List>
          <div>
            <Button size="md" leftSection={<IconDeviceDesktop size={18} />} onClick={() => void start()}>
              {t('kiosk.start')}
            </Button>
          </div>
        </Stack>
      </Paper>
      <RoomNetworkPanel />
      <KioskSettingsForm />
      <PinForm pinSet={status?.pinSet ?? false} onSaved={load} />
      <Modal
        opened={pinOpen}
        onClose={pinModal.close}
        title={t('kiosk.pinFirst.title')}
        closeButtonProps={{ 'aria-label': t('app.close') }}
      >
        <Stack>
          <Text size="sm">{t('kiosk.pinFirst.body')}</Text>
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
  const t = useAdminText();
  // Controlled: a wrong PIN empties the field without taking the focus from it.
  const form = useForm({ mode: 'controlled', initialValues: { pin: '' }, validate: schemaRules(schemas.kioskUnlock) });
  const unlock = form.onSubmit(async (values) => {
    const r = await adminApi['kiosk-unlock'](values);
    form.setFieldValue('pin', '');
    if (!r.ok) return showFieldError(r.error, form, 'pin');
    notifications.show({ color: 'teal', title: t('kiosk.unlocked.title'), message: t('kiosk.unlocked.message') });
    onUnlocked(r.value);
  });
  return (
    <Alert color="red" icon={<IconLock />} title={t('kiosk.locked.title')}>
      <form onSubmit={unlock}>
        <Stack gap="xs">
          <Text size="sm">{t('kiosk.locked.body')}</Text>
          <Row align="flex-start">
            <PinField
              showLabel={t('kiosk.pin.show')}
              aria-label={t('kiosk.pin.admin')}
              placeholder={t('kiosk.pin.admin')}
              {...form.getInputProps('pin')}
            />
            <Button type="submit" leftSection={<IconLockOpen size={18} />}>
              {t('kiosk.locked.unlock')}
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
  const t = useAdminText();
  const { form, submit: save } = useSettingsForm({
    initialValues: settings,
    schema: schemas.kioskSettingsUpdate,
    numbers: ['idleSeconds'],
    save: adminApi['kiosk-settings-update'],
    otherwise: 'orgName',
    saved: { title: t('kiosk.settings.saved.title'), message: t('kiosk.settings.saved.message') },
  });
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack>
        <Title order={3} size="h4">
          {t('kiosk.settings.title')}
        </Title>
        <TextInput label={t('kiosk.settings.orgName')} {...form.getInputProps('orgName')} />
        <Textarea label={t('kiosk.settings.welcome')} autosize minRows={2} {...form.getInputProps('welcome')} />
        <NumberInput
          label={t('kiosk.settings.idle')}
          description={t('kiosk.settings.idleHint')}
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
          <Button onClick={() => save()}>{t('kiosk.settings.save')}</Button>
        </Row>
      </Stack>
    </Paper>
  );
}

/**
 * Each language named in itself, as the kiosk's picker shows it (so whoever reads it finds their own),
 * then in the admin's language when that names it otherwise: “العربية (Arabic)”, “English (anglais)”.
 */
function useLanguageLabels() {
  const t = useAdminText();
  const { locale } = useIntl();
  const names = new Intl.DisplayNames([locale], { type: 'language' });
  const hereName = (tag: LanguageTag) => {
    const here = names.of(tag);
    return here && here !== LANGUAGE_NAMES[tag] ? here : null;
  };
  return {
    /** As text: a select's option. */
    text: (tag: LanguageTag): string => {
      const here = hereName(tag);
      return here ? t('kiosk.settings.languageName', { own: LANGUAGE_NAMES[tag], here }) : LANGUAGE_NAMES[tag];
    },
    /** With the language's own name marked as being in it, so a screen reader says it in that language. */
    marked: (tag: LanguageTag): ReactNode => {
      const own = <span lang={tag}>{LANGUAGE_NAMES[tag]}</span>;
      const here = hereName(tag);
      return here ? t.rich('kiosk.settings.languageName', { own, here }) : own;
    },
  };
}

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
  const t = useAdminText();
  const label = useLanguageLabels();
  return (
    <>
      <Checkbox.Group label={t('kiosk.settings.languages')} description={t('kiosk.settings.languagesHint')} {...checkbox}>
        <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} mt="xs" spacing="xs">
          {LANGUAGE_TAGS.map((tag) => (
            <Checkbox key={tag} value={tag} label={label.marked(tag)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Select
        label={t('kiosk.settings.defaultLanguage')}
        description={t('kiosk.settings.defaultLanguageHint')}
        data={LANGUAGE_TAGS.filter((tag) => offered.includes(tag)).map((tag) => ({
          value: tag,
          label: label.text(tag),
        }))}
        allowDeselect={false}
        {...select}
        maw={360}
      />
    </>
  );
}

const NO_PINS = { currentPin: '', pin: '', confirm: '' };

function PinForm({ pinSet, onSaved, bare }: { pinSet: boolean; onSaved: () => void; bare?: boolean }) {
  const t = useAdminText();
  const toInput = (values: typeof NO_PINS) => ({ pin: values.pin, currentPin: pinSet ? values.currentPin : undefined });
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: NO_PINS,
    validate: schemaRules(schemas.adminPinSet, {
      input: toInput,
      also: (values) => (values.pin === values.confirm ? {} : { confirm: t('kiosk.pin.mismatch') }),
    }),
  });
  const save = form.onSubmit(async (values) => {
    const r = await adminApi['admin-pin-set'](toInput(values));
    if (!r.ok) return showFieldError(r.error, form, 'pin');
    form.reset();
    notifications.show({ color: 'teal', title: t('kiosk.pin.saved.title'), message: t('kiosk.pin.saved.message') });
    onSaved();
  });
  const inputProps = (field: keyof typeof NO_PINS) => ({ ...form.getInputProps(field), maw: 360 });
  const fields = (
    <form onSubmit={save}>
      <Stack>
        {pinSet && (
          <PinField
            showLabel={t('kiosk.pin.show')}
            label={t('kiosk.pin.current')}
            key={form.key('currentPin')}
            {...inputProps('currentPin')}
          />
        )}
        <PinField
          showLabel={t('kiosk.pin.show')}
          label={pinSet ? t('kiosk.pin.new') : t('kiosk.pin.admin')}
          description={t('kiosk.pin.hint')}
          key={form.key('pin')}
          {...inputProps('pin')}
        />
        <PinField
          showLabel={t('kiosk.pin.show')}
          label={t('kiosk.pin.again')}
          key={form.key('confirm')}
          {...inputProps('confirm')}
        />
        <Row>
          <Button type="submit">{pinSet ? t('kiosk.pin.change') : t('kiosk.pin.setButton')}</Button>
        </Row>
      </Stack>
    </form>
  );
  if (bare) return fields;
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack>
        <Title order={3} size="h4">
          {t('kiosk.pin.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {pinSet ? t('kiosk.pin.set') : t('kiosk.pin.none')}
        </Text>
        {fields}
      </Stack>
    </Paper>
  );
}
