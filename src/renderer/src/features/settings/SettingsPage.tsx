import { Button, Group as Row, NumberInput, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { schemas } from '../../../../shared/schemas';
import type { CodePolicy } from '../../../../shared/types';
import { adminApi } from '../../api';
import { useAdminText } from '../../i18n/admin';
import { useSettingsForm } from '../../lib/form';
import { useChannel } from '../../lib/useChannel';
import { BackupPanel } from './BackupPanel';
import { LanguagePanel } from './LanguagePanel';
import { OrganisationPanel } from './OrganisationPanel';

export function SettingsPage() {
  const t = useAdminText();
  const policy = useChannel('code-policy-get', {}).data;
  return (
    <Stack maw={720}>
      <Title order={2}>{t('settings.title')}</Title>
      <LanguagePanel />
      <OrganisationPanel />
      <Paper withBorder radius="md" p="lg">
        <Stack>
          <Title order={3} size="h4">
            {t('settings.policy.title')}
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
  const t = useAdminText();
  const { form, submit: save } = useSettingsForm({
    initialValues: policy,
    schema: schemas.codePolicyUpdate,
    numbers: ['minLength'],
    save: adminApi['code-policy-update'],
    otherwise: 'minLength',
    saved: { title: t('settings.policy.saved.title'), message: t('settings.policy.saved.message') },
  });
  return (
    <>
      <Switch
        size="md"
        label={t('settings.policy.generatedOnly')}
        description={t('settings.policy.generatedOnlyHint')}
        {...form.getInputProps('generatedOnly', { type: 'checkbox' })}
      />
      <NumberInput
        label={t('settings.policy.minLength')}
        description={t('settings.policy.minLengthHint')}
        min={6}
        max={32}
        allowDecimal={false}
        disabled={form.values.generatedOnly}
        {...form.getInputProps('minLength')}
        maw={320}
      />
      <Text size="sm" c="dimmed">
        {t('settings.policy.note')}
      </Text>
      <Row>
        <Button onClick={() => save()}>{t('settings.policy.save')}</Button>
      </Row>
    </>
  );
}
