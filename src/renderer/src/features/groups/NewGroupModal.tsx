import { Button, Group as Row, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { schemas } from '../../../../shared/schemas';
import type { Group } from '../../../../shared/types';
import { adminApi } from '../../api';
import { useAdminText } from '../../i18n/admin';
import { showFieldError } from '../../lib/call';

export function NewGroupModal(props: { opened: boolean; onClose: () => void; onCreated: (group: Group) => void }) {
  const t = useAdminText();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name: '', description: '' },
    validate: schemaResolver(schemas.groupsCreate, { sync: true }),
  });

  const submit = form.onSubmit(async (values) => {
    const result = await adminApi['groups-create'](values);
    if (!result.ok) return showFieldError(result.error, form);
    notifications.show({
      color: 'teal',
      title: t('groups.new.created'),
      message: t('groups.new.createdMessage', { group: result.value.name }),
    });
    form.reset();
    props.onCreated(result.value);
  });

  return (
    <Modal
      opened={props.opened}
      onClose={() => {
        form.reset();
        props.onClose();
      }}
      title={t('groups.new.title')}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('groups.field.name')}
            dir="auto"
            description={t('groups.new.nameHint')}
            required
            data-autofocus
            autoComplete="off"
            key={form.key('name')}
            {...form.getInputProps('name')}
          />
          <Textarea
            label={t('groups.field.description')}
            dir="auto"
            autosize
            minRows={2}
            key={form.key('description')}
            {...form.getInputProps('description')}
          />
          <Row justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('groups.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('groups.new.submit')}
            </Button>
          </Row>
        </Stack>
      </form>
    </Modal>
  );
}
