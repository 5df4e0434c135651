import { Alert, Button, Group as Row, NumberInput, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { Group } from '../../../../shared/types';
import { adminApi } from '../../api';
import { notifyError } from '../../lib/call';
import { codeStateText } from './codeStateText';

const PICKER_FORMAT = 'YYYY-MM-DD HH:mm:ss';
const toPicker = (iso: string | null) => (iso ? dayjs(iso).format(PICKER_FORMAT) : null);
const fromPicker = (local: string | null) => (local ? dayjs(local).toISOString() : null);
// Named controls, so the picker can be used with a screen reader and from the keyboard.
const PICKER_PROPS = {
  clearable: true,
  valueFormat: 'D MMM YYYY, HH:mm',
  previousLabel: 'Previous month',
  nextLabel: 'Next month',
  submitButtonProps: { 'aria-label': 'Apply date and time' },
  timePickerProps: { hoursInputLabel: 'Hours', minutesInputLabel: 'Minutes' },
} as const;

/** Pause, window and seat limit of the group's code: everything that decides whether it works now. */
export function SignupControls({ group, onChange }: { group: Group; onChange: (g: Group) => void }) {
  const [validFrom, setValidFrom] = useState(toPicker(group.validFrom));
  const [validUntil, setValidUntil] = useState(toPicker(group.validUntil));
  const [maxUses, setMaxUses] = useState<number | string>(group.maxUses ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const save = async (patch: Parameters<(typeof adminApi)['join-code-settings']>[0]) => {
    setSaving(true);
    const result = await adminApi['join-code-settings'](patch);
    setSaving(false);
    if (!result.ok) {
      if (result.error.field) setErrors({ [result.error.field]: result.error.message });
      else notifyError(result.error);
      return false;
    }
    setErrors({});
    onChange(result.value);
    return true;
  };

  const saveLimits = async () => {
    const ok = await save({
      groupId: group.id,
      validFrom: fromPicker(validFrom),
      validUntil: fromPicker(validUntil),
      maxUses: maxUses === '' ? null : Number(maxUses),
    });
    if (ok) notifications.show({ color: 'teal', title: 'Sign-up limits saved', message: 'The kiosk applies them at once.' });
  };

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
            value={validFrom}
            onChange={setValidFrom}
            error={errors.validFrom}
          />
          <DateTimePicker
            label="Closes"
            placeholder="Never"
            {...PICKER_PROPS}
            value={validUntil}
            onChange={setValidUntil}
            error={errors.validUntil}
          />
        </Row>
        <Text size="xs" c="dimmed">
          Times are in this computer’s time zone ({Intl.DateTimeFormat().resolvedOptions().timeZone}).
        </Text>
        <NumberInput
          label="Maximum sign-ups with this code"
          description={`${group.usedCount.toLocaleString()} used so far. Leave empty for no limit.`}
          placeholder="No limit"
          min={1}
          allowDecimal={false}
          allowNegative={false}
          value={maxUses}
          onChange={setMaxUses}
          error={errors.maxUses}
          maw={320}
        />
        <Row>
          <Button onClick={() => void saveLimits()} loading={saving}>
            Save limits
          </Button>
        </Row>
      </Stack>
    </Paper>
  );
}
