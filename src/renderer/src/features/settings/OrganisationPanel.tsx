import { Button, Group as Row, Paper, Stack, TextInput, Title } from '@mantine/core';
import { ok } from '../../../../shared/result';
import { schemas } from '../../../../shared/schemas';
import { adminApi } from '../../api';
import { useAdminText } from '../../i18n/admin';
import { useSettingsForm } from '../../lib/form';
import { useChannel } from '../../lib/useChannel';

/** The organisation's name: one setting, shown on the kiosk and printed on every join card. */
export function OrganisationPanel() {
  const t = useAdminText();
  const settings = useChannel('kiosk-settings-get', {}).data;
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack>
        <Title order={3} size="h4">
          {t('settings.organisation.title')}
        </Title>
        {/* The form starts from the saved name, so it waits for it. */}
        {settings && <OrganisationForm orgName={settings.orgName} />}
      </Stack>
    </Paper>
  );
}

function OrganisationForm({ orgName }: { orgName: string }) {
  const t = useAdminText();
  const { form, submit: save } = useSettingsForm({
    initialValues: { orgName },
    schema: schemas.kioskSettingsUpdate,
    numbers: [],
    // Only the name: the kiosk's other settings stay as the Kiosk page set them.
    save: async (values) => {
      const result = await adminApi['kiosk-settings-update']({ orgName: values.orgName });
      return result.ok ? ok({ orgName: result.value.orgName }) : result;
    },
    otherwise: 'orgName',
    saved: { title: t('settings.organisation.saved.title'), message: t('settings.organisation.saved.message') },
  });
  return (
    <form noValidate onSubmit={save}>
      <Stack>
        <TextInput
          label={t('settings.organisation.name')}
          description={t('settings.organisation.nameHint')}
          key={form.key('orgName')}
          {...form.getInputProps('orgName')}
          maw={480}
        />
        <Row>
          <Button type="submit">{t('settings.organisation.save')}</Button>
        </Row>
      </Stack>
    </form>
  );
}
