import { Button, Group as Row, Modal, Paper, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCopyPlus } from '@tabler/icons-react';
import { schemas } from '../../../../shared/schemas';
import type { Group, Role } from '../../../../shared/types';
import { ROLES } from '../../../../shared/types';
import { adminApi } from '../../api';
import { showFieldError } from '../../lib/call';
import { useNavigation } from '../../stores/navigation';
import { useCurrentGroup } from './currentGroup';

const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: r[0]!.toUpperCase() + r.slice(1) }));

/** Name, description and the role joiners get; and cloning the group for the next wave. */
export function GroupDetails({ group }: { group: Group }) {
  const setGroup = useCurrentGroup((s) => s.set);
  const go = useNavigation((s) => s.go);
  const [cloning, clone] = useDisclosure(false);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { id: group.id, name: group.name, description: group.description, role: group.role as Role },
    validate: schemaResolver(schemas.groupsUpdate, { sync: true }),
  });
  const cloneForm = useForm({
    mode: 'uncontrolled',
    initialValues: { id: group.id, name: `${group.name} (copy)` },
    validate: schemaResolver(schemas.groupsClone, { sync: true }),
  });

  const save = form.onSubmit(async (values) => {
    const result = await adminApi['groups-update'](values);
    if (!result.ok) return showFieldError(result.error, form);
    setGroup(result.value);
    notifications.show({ color: 'teal', title: 'Group saved', message: result.value.name });
  });

  const saveClone = cloneForm.onSubmit(async (values) => {
    const result = await adminApi['groups-clone'](values);
    if (!result.ok) return showFieldError(result.error, cloneForm);
    clone.close();
    notifications.show({ color: 'teal', title: 'Group cloned', message: `${result.value.name} has its own new join code.` });
    go({ page: 'group', id: result.value.id, tab: 'settings' });
  });

  return (
    <Paper withBorder radius="md" p="lg" maw={640}>
      <form onSubmit={save} noValidate>
        <Stack gap="md">
          <Title order={3} size="h4">
            Group details
          </Title>
          <TextInput label="Group name" required key={form.key('name')} {...form.getInputProps('name')} />
          <Textarea
            label="Description"
            autosize
            minRows={2}
            key={form.key('description')}
            {...form.getInputProps('description')}
          />
          <Select
            label="Role on joining"
            description="What everyone who joins with the code becomes."
            data={ROLE_OPTIONS}
            allowDeselect={false}
            key={form.key('role')}
            {...form.getInputProps('role')}
            maw={320}
          />
          <Row justify="space-between">
            <Button type="submit">Save details</Button>
            <Button variant="default" leftSection={<IconCopyPlus size={18} />} onClick={clone.open}>
              Clone group
            </Button>
          </Row>
        </Stack>
      </form>
      <Modal opened={cloning} onClose={clone.close} title="Clone group">
        <form onSubmit={saveClone} noValidate>
          <Stack>
            <Text size="sm">
              The new group gets this group’s description, role and courses, and a join code of its own. Members are not copied.
            </Text>
            <TextInput
              label="New group name"
              data-autofocus
              required
              key={cloneForm.key('name')}
              {...cloneForm.getInputProps('name')}
            />
            <Row justify="flex-end">
              <Button variant="default" onClick={clone.close}>
                Cancel
              </Button>
              <Button type="submit">Clone</Button>
            </Row>
          </Stack>
        </form>
      </Modal>
    </Paper>
  );
}
