import { Button, Group as Row, Paper, Stack, TextInput, Title } from '@mantine/core';
import { ok } from '../../../../shared/result';
import { schemas } from '../../../../shared/schemas';
import { adminApi } from '../../api';
import { useSettingsForm } from '../../lib/form';
import { useChannel } from '../../lib/useChannel';

/** The organisation's name: one setting, shown on the kiosk and printed on every join card. */
export function OrganisationPanel() {
  const settings = useChannel('kiosk-settings-get', {}).data;
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack>
        <Title order={3} size="h4">
          Organisation
        </Title>
        {/* The form starts from the saved name, so it waits for it. */}
        {settings && <OrganisationForm orgName={settings.orgName} />}
      </Stack>
    </Paper>
  );
}

function OrganisationForm({ orgName }: { orgName: string }) {
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
    saved: { title: 'Organisation name saved', message: 'Join cards and the kiosk show it from now on.' },
  });
  return (
    <form noValidate onSubmit={save}>
      <Stack>
        <TextInput
          label="Organisation name"
          description="Printed at the top of every join card and shown on the kiosk. Up to 100 characters."
          key={form.key('orgName')}
          {...form.getInputProps('orgName')}
          maw={480}
        />
        <Row>
          <Button type="submit">Save name</Button>
        </Row>
      </Stack>
    </form>
  );
}
