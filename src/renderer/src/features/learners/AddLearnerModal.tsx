import { Button, Group as Row, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { schemas } from '../../../../shared/schemas';
import type { Learner } from '../../../../shared/types';
import { adminApi } from '../../api';
import { GroupPicker } from '../../components/GroupPicker';
import { useAdminText } from '../../i18n/admin';
import { showFieldError } from '../../lib/call';
import { schemaRules } from '../../lib/form';
import { PersonFields } from './PersonFields';

export function AddLearnerModal(props: {
  opened: boolean;
  onClose: () => void;
  defaultGroupId: number | null;
  onAdded: (l: Learner) => void;
}) {
  const t = useAdminText();
  const form = useForm({
    // Controlled: the group picker is a controlled field.
    mode: 'controlled',
    initialValues: { name: '', email: '', groupId: props.defaultGroupId },
    validate: schemaRules(schemas.learnersAdd, {
      also: (values: { groupId: number | null }) => (values.groupId ? {} : { groupId: t('learners.add.chooseGroup') }),
    }),
  });
  // The chosen group stays for the next learner; what was typed goes.
  const close = () => {
    form.setValues({ name: '', email: '' });
    form.clearErrors();
    props.onClose();
  };
  const save = form.onSubmit(async ({ name, email, groupId }) => {
    const r = await adminApi['learners-add']({ name, email, groupId: groupId! });
    if (!r.ok) return showFieldError(r.error, form, 'name');
    notifications.show({
      color: 'teal',
      title: t('learners.add.done.title'),
      message: t('learners.add.done.message', { name: r.value.name, group: r.value.groupName }),
    });
    close();
    props.onAdded(r.value);
  });
  return (
    <Modal opened={props.opened} onClose={close} title={t('learners.add.title')}>
      <form noValidate onSubmit={save}>
        <Stack>
          <PersonFields name={form.getInputProps('name')} email={form.getInputProps('email')} />
          <GroupPicker
            label={t('learners.field.group')}
            required
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('groupId')}
            value={form.values.groupId}
          />
          <Row justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('learners.action.cancel')}
            </Button>
            <Button type="submit">{t('learners.add.submit')}</Button>
          </Row>
        </Stack>
      </form>
    </Modal>
  );
}
