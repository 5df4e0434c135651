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
import { formatDateTime, formatNumber } from '../../lib/format';
import { schemaRules } from '../../lib/form';
import { codeStateText } from './codeStateText';
import { useCurrentGroup } from './currentGroup';

const PICKER_FORMAT = 'YYYY-MM-DD HH:mm:ss';
const toPicker = (iso: string | null) => (iso ? dayjs(iso).format(PICKER_FORMAT) : null);
const fromPicker = (local: string | null) => (local ? dayjs(local).toISOString() : null);
// Named controls, so the picker can be used with a screen reader and from the keyboard.
const PICKER_PROPS = {
  clearable: true,
  previousLabel: 'Previous month',
  nextLabel: 'Next month',
  submitButtonProps: { 'aria-label': 'Apply date and time' },
  timePickerProps: { hoursInputLabel: 'Hours', minutesInputLabel: 'Minutes' },
} as const;

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
    if (ok) notifications.show({ color: 'teal', title: 'Sign-up limits saved', message: 'The kiosk applies them at once.' });
  };
  const saveLimits = form.onSubmit(async (limits) => {
    if (closesInPast(group, limits.validUntil)) setPastClose(limits);
    else await commitLimits(limits);
  });

  return (
    <Paper withBorder radius="md" p="lg" maw={640}>
      <Stack gap="md">
        <Title order={3} size="h4">
          Sign-up controls
        </Title>
        <Alert color={group.codeState === 'active' ? 'teal' : 'yellow'} variant="light" data-testid="code-state-explanation">
          {codeStateText(group)}
        </Alert>
        <Switch
          size="md"
          label="Accept sign-ups with this code"
          description="Turn off to pause sign-up without changing or deleting anything."
          checked={group.codeEnabled}
          disabled={saving}
          onChange={(e) => void save({ groupId: group.id, enabled: e.currentTarget.checked })}
        />
        <Row grow align="flex-start">
          <DateTimePicker
            label="Opens"
            placeholder="Straight away"
            {...PICKER_PROPS}
            clearButtonProps={{ 'aria-label': 'Clear the opening time' }}
            key={form.key('validFrom')}
            {...form.getInputProps('validFrom')}
          />
          <DateTimePicker
            label="Closes"
            placeholder="Never"
            {...PICKER_PROPS}
            clearButtonProps={{ 'aria-label': 'Clear the closing time' }}
            key={form.key('validUntil')}
            {...form.getInputProps('validUntil')}
          />
        </Row>
        <Text size="xs" c="dimmed">
          Times are in this computer’s time zone ({Intl.DateTimeFormat().resolvedOptions().timeZone}).
        </Text>
        <NumberInput
          label="Maximum sign-ups with this code"
          description={`${formatNumber(group.usedCount)} used so far. Leave empty for no limit.`}
          placeholder="No limit"
          min={1}
          allowDecimal={false}
          allowNegative={false}
          key={form.key('maxUses')}
          {...form.getInputProps('maxUses')}
          maw={320}
        />
        <Row>
          <Button onClick={() => saveLimits()} loading={saving}>
            Save limits
          </Button>
        </Row>
      </Stack>
      <Modal opened={pastClose !== null} onClose={() => setPastClose(null)} title="This closing time has already passed">
        {pastClose?.validUntil && (
          <Stack>
            <Text>
              Sign-up with this code will stop at once: learners who try it will be told it closed on{' '}
              {formatDateTime(pastClose.validUntil)}. Pick a later time to keep it open.
            </Text>
            <Row justify="flex-end">
              <Button variant="default" onClick={() => setPastClose(null)} data-autofocus>
                Change the time
              </Button>
              <Button
                color="orange"
                onClick={() => {
                  const limits = pastClose;
                  setPastClose(null);
                  void commitLimits(limits);
                }}
              >
                Close sign-up now
              </Button>
            </Row>
          </Stack>
        )}
      </Modal>
    </Paper>
  );
}
