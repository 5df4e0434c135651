import { Alert, Button, Group as Row, Modal, NumberInput, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { useState } from 'react';
import { schemas } from '../../../../shared/schemas';
import type { Group } from '../../../../shared/types';
import { adminApi } from '../../api';
import { showFieldError } from '../../lib/call';
import type { AdminWords } from '../../i18n/admin';
import { useAdminText } from '../../i18n/admin';
import { formatDateTime, pickerFormat } from '../../lib/format';
import { schemaRules } from '../../lib/form';
import { codeStateText } from './codeStateText';
import { useCurrentGroup } from './currentGroup';

const PICKER_FORMAT = 'YYYY-MM-DD HH:mm:ss';
const toPicker = (iso: string | null) => (iso ? dayjs(iso).format(PICKER_FORMAT) : null);
const fromPicker = (local: string | null) => (local ? dayjs(local).toISOString() : null);
// Named controls, so the picker can be used with a screen reader and from the keyboard.
const pickerProps = (t: AdminWords) =>
  ({
    clearable: true,
    // The value reads like every other date and time on screen, in the admin's language.
    valueFormat: pickerFormat(true),
    previousLabel: t('groups.picker.previousMonth'),
    nextLabel: t('groups.picker.nextMonth'),
    submitButtonProps: { 'aria-label': t('groups.picker.apply') },
    timePickerProps: { hoursInputLabel: t('groups.picker.hours'), minutesInputLabel: t('groups.picker.minutes') },
  }) as const;

interface Limits {
  validFrom: string | null;
  validUntil: string | null;
  maxUses: number | string;
}

type LimitsInput = Parameters<(typeof adminApi)['join-code-settings']>[0];

/** A closing time the admin just set that has already passed: saving it closes sign-up at once. */
const closesInPast = (group: Group, validUntil: string | null | undefined, now = Date.now()): boolean =>
  !!validUntil && validUntil !== group.validUntil && Date.parse(validUntil) <= now;

const initialLimits = (group: Group): Limits => ({
  validFrom: toPicker(group.validFrom),
  validUntil: toPicker(group.validUntil),
  maxUses: group.maxUses ?? '',
});

/** Pause, window and seat limit of the group's code: everything that decides whether it works now. */
export function SignupControls({ group }: { group: Group }) {
  const setGroup = useCurrentGroup((s) => s.set);
  const t = useAdminText();
  const [saving, setSaving] = useState(false);
  // Limits waiting for the admin to confirm a closing time in the past.
  const [pastClose, setPastClose] = useState<LimitsInput | null>(null);
  const toInput = (values: Limits) => ({
    groupId: group.id,
    validFrom: fromPicker(values.validFrom),
    validUntil: fromPicker(values.validUntil),
    maxUses: values.maxUses === '' ? null : Number(values.maxUses),
  });
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: initialLimits(group),
    validate: schemaRules(schemas.joinCodeSettings, { input: toInput }),
    transformValues: toInput,
  });

  const save = async (patch: LimitsInput) => {
    setSaving(true);
    const result = await adminApi['join-code-settings'](patch);
    setSaving(false);
    if (!result.ok) {
      showFieldError(result.error, form);
      return false;
    }
    form.clearErrors();
    setGroup(result.value);
    return true;
  };

  const commitLimits = async (limits: LimitsInput) => {
    const ok = await save(limits);
    if (ok) notifications.show({ color: 'teal', title: t('groups.limits.saved'), message: t('groups.limits.savedMessage') });
  };
  const saveLimits = form.onSubmit(async (limits) => {
    if (closesInPast(group, limits.validUntil)) setPastClose(limits);
    else await commitLimits(limits);
  });

  return (
    <Paper withBorder radius="md" p="lg" maw={640}>
      <Stack gap="md">
        <Title order={3} size="h4">
          {t('groups.limits.title')}
        </Title>
        <Alert color={group.codeState === 'active' ? 'teal' : 'yellow'} variant="light" data-testid="code-state-explanation">
          {codeStateText(group, t)}
        </Alert>
        <Switch
          size="md"
          label={t('groups.limits.enabled')}
          description={t('groups.limits.enabledHint')}
          checked={group.codeEnabled}
          disabled={saving}
          onChange={(e) => void save({ groupId: group.id, enabled: e.currentTarget.checked })}
        />
        <Row grow align="flex-start">
          <DateTimePicker
            label={t('groups.limits.opens')}
            placeholder={t('groups.limits.opensPlaceholder')}
            {...pickerProps(t)}
            clearButtonProps={{ 'aria-label': t('groups.limits.opensClear') }}
            key={form.key('validFrom')}
            {...form.getInputProps('validFrom')}
          />
          <DateTimePicker
            label={t('groups.limits.closes')}
            placeholder={t('groups.limits.closesPlaceholder')}
            {...pickerProps(t)}
            clearButtonProps={{ 'aria-label': t('groups.limits.closesClear') }}
            key={form.key('validUntil')}
            {...form.getInputProps('validUntil')}
          />
        </Row>
        <Text size="xs" c="dimmed">
          {t('groups.limits.timeZone', { zone: Intl.DateTimeFormat().resolvedOptions().timeZone })}
        </Text>
        <NumberInput
          label={t('groups.limits.max')}
          description={t('groups.limits.maxHint', { n: group.usedCount })}
          placeholder={t('groups.limits.maxPlaceholder')}
          min={1}
          allowDecimal={false}
          allowNegative={false}
          key={form.key('maxUses')}
          {...form.getInputProps('maxUses')}
          maw={320}
        />
        <Row>
          <Button onClick={() => saveLimits()} loading={saving}>
            {t('groups.limits.save')}
          </Button>
        </Row>
      </Stack>
      <Modal opened={pastClose !== null} onClose={() => setPastClose(null)} title={t('groups.limits.pastTitle')}>
        {pastClose?.validUntil && (
          <Stack>
            <Text>{t('groups.limits.pastBody', { when: formatDateTime(pastClose.validUntil) })}</Text>
            <Row justify="flex-end">
              <Button variant="default" onClick={() => setPastClose(null)} data-autofocus>
                {t('groups.limits.pastChange')}
              </Button>
              <Button
                color="orange"
                onClick={() => {
                  const limits = pastClose;
                  setPastClose(null);
                  void commitLimits(limits);
                }}
              >
                {t('groups.limits.pastConfirm')}
              </Button>
            </Row>
          </Stack>
        )}
      </Modal>
    </Paper>
  );
}
