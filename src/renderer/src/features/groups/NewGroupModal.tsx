import { Button, Group as Row, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { schemas } from '../../../../shared/schemas';
import type { Group } from '../../../../shared/types';
import { adminApi } from '../../api';
import { showFieldError } from '../../lib/call';

export function NewGroupModal(props: { opened: boolean; onClose: () => void; onCreated: (group: Group) => void }) {
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name: '', description: '' },
    validate: schemaResolver(schemas.groupsCreate, { sync: true }),
  });

  const submit = form.onSubmit(async (values) => {
    const result = await adminApi['groups-create'](values);
    if (!result.ok) return showFieldError(result.error, form);
    notifications.show({ color: 'teal', title: 'Group created', message: `${result.value.name} has its join code.` });
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
      title="New group"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label="Group name"
            description="For example a cohort, team or location."
            required
            data-autofocus
            autoComplete="off"
            key={form.key('name')}
            {...form.getInputProps('name')}
          />
          <Textarea
            label="Description"
            autosize
            minRows={2}
            key={form.key('description')}
            {...form.getInputProps('description')}
          />
          <Row justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={form.submitting}>
              Create group
            </Button>
          </Row>
        </Stack>
      </form>
    </Modal>
  );
}
