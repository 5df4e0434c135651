import { Button, Group as Row, Modal, Paper, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCopyPlus } from '@tabler/icons-react';
import { schemas } from '../../../../shared/schemas';
import type { Group, Role } from '../../../../shared/types';
import { ROLES } from '../../../../shared/types';
import { adminApi } from '../../api';
import type { AdminMessageId } from '../../i18n/admin';
import { useAdminText } from '../../i18n/admin';
import { showFieldError } from '../../lib/call';
import { useNavigation } from '../../stores/navigation';
import { useCurrentGroup } from './currentGroup';

const ROLE_LABEL: Record<Role, AdminMessageId> = {
  learner: 'groups.role.learner',
  instructor: 'groups.role.instructor',
  manager: 'groups.role.manager',
};

/** Name, description and the role joiners get; and cloning the group for the next wave. */
export function GroupDetails({ group }: { group: Group }) {
  const setGroup = useCurrentGroup((s) => s.set);
  const go = useNavigation((s) => s.go);
  const [cloning, clone] = useDisclosure(false);
  const t = useAdminText();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { id: group.id, name: group.name, description: group.description, role: group.role as Role },
    validate: schemaResolver(schemas.groupsUpdate, { sync: true }),
  });
  const cloneForm = useForm({
    mode: 'uncontrolled',
    initialValues: { id: group.id, name: t('groups.clone.defaultName', { group: group.name }) },
    validate: schemaResolver(schemas.groupsClone, { sync: true }),
  });

  const save = form.onSubmit(async (values) => {
    const result = await adminApi['groups-update'](values);
    if (!result.ok) return showFieldError(result.error, form);
    setGroup(result.value);
    notifications.show({ color: 'teal', title: t('groups.details.saved'), message: result.value.name });
  });

  const saveClone = cloneForm.onSubmit(async (values) => {
    const result = await adminApi['groups-clone'](values);
    if (!result.ok) return showFieldError(result.error, cloneForm);
    clone.close();
    notifications.show({
      color: 'teal',
      title: t('groups.clone.done'),
      message: t('groups.clone.doneMessage', { group: result.value.name }),
    });
    go({ page: 'group', id: result.value.id, tab: 'settings' });
  });

  return (
    <Paper withBorder radius="md" p="lg" maw={640}>
      <form onSubmit={save} noValidate>
        <Stack gap="md">
          <Title order={3} size="h4">
            {t('groups.details.title')}
          </Title>
          <TextInput label={t('groups.field.name')} required dir="auto" key={form.key('name')} {...form.getInputProps('name')} />
          <Textarea
            label={t('groups.field.description')}
            dir="auto"
            autosize
            minRows={2}
            key={form.key('description')}
            {...form.getInputProps('description')}
          />
          <Select
            label={t('groups.details.role')}
            description={t('groups.details.roleHint')}
            data={ROLES.map((r) => ({ value: r, label: t(ROLE_LABEL[r]) }))}
            allowDeselect={false}
            key={form.key('role')}
            {...form.getInputProps('role')}
            maw={320}
          />
          <Row justify="space-between">
            <Button type="submit">{t('groups.details.save')}</Button>
            <Button variant="default" leftSection={<IconCopyPlus size={18} />} onClick={clone.open}>
              {t('groups.clone.open')}
            </Button>
          </Row>
        </Stack>
      </form>
      <Modal opened={cloning} onClose={clone.close} title={t('groups.clone.open')}>
        <form onSubmit={saveClone} noValidate>
          <Stack>
            <Text size="sm">{t('groups.clone.intro')}</Text>
            <TextInput
              label={t('groups.clone.name')}
              dir="auto"
              data-autofocus
              required
              key={cloneForm.key('name')}
              {...cloneForm.getInputProps('name')}
            />
            <Row justify="flex-end">
              <Button variant="default" onClick={clone.close}>
                {t('groups.cancel')}
              </Button>
              <Button type="submit">{t('groups.clone.submit')}</Button>
            </Row>
          </Stack>
        </form>
      </Modal>
    </Paper>
  );
}
