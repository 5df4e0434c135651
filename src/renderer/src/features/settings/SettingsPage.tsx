import { Button, Group as Row, NumberInput, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { schemas } from '../../../../shared/schemas';
import type { CodePolicy } from '../../../../shared/types';
import { adminApi } from '../../api';
import { useSettingsForm } from '../../lib/form';
import { useChannel } from '../../lib/useChannel';
import { BackupPanel } from './BackupPanel';
import { OrganisationPanel } from './OrganisationPanel';

export function SettingsPage() {
  const policy = useChannel('code-policy-get', {}).data;
  return (
    <Stack maw={720}>
      <Title order={2}>Settings</Title>
      <OrganisationPanel />
      <Paper withBorder radius="md" p="lg">
        <Stack>
          <Title order={3} size="h4">
            Join code policy
          </Title>
          {/* The form starts from the saved policy, so it waits for it. */}
          {policy && <PolicyForm policy={policy} />}
        </Stack>
      </Paper>
      <BackupPanel />
    </Stack>
  );
}

function PolicyForm({ policy }: { policy: CodePolicy }) {
  const { form, submit: save } = useSettingsForm({
    initialValues: policy,
    schema: schemas.codePolicyUpdate,
    numbers: ['minLength'],
    save: adminApi['code-policy-update'],
    otherwise: 'minLength',
    saved: { title: 'Code policy saved', message: 'It applies to every group from now on.' },
  });
  return (
    <>
      <Switch
        size="md"
        label="Generated codes only"
        description="Admins can regenerate codes but not type their own. Generated codes are 8 random characters."
        {...form.getInputProps('generatedOnly', { type: 'checkbox' })}
      />
      <NumberInput
        label="Minimum length of a custom code"
        description="Letters and digits, not counting spaces or dashes. 6 to 32."
        min={6}
        max={32}
        allowDecimal={false}
        disabled={form.values.generatedOnly}
        {...form.getInputProps('minLength')}
        maw={320}
      />
      <Text size="sm" c="dimmed">
        Existing codes keep working; the policy applies when a code is next changed.
      </Text>
      <Row>
        <Button onClick={() => save()}>Save policy</Button>
      </Row>
    </>
  );
}
