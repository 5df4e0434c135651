import { Button, Group as Row, Modal, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { Input } from '../../../../shared/contract';
import type { Role } from '../../../../shared/domains/groups';
import { ROLES } from '../../../../shared/domains/groups';
import { schemas } from '../../../../shared/schemas';
import type { Learner, LearnerDetail } from '../../../../shared/types';
import { adminApi } from '../../api';
import { useAdminText } from '../../i18n/admin';
import { showFieldError } from '../../lib/call';
import { schemaRules } from '../../lib/form';
import { PersonFields } from './PersonFields';

type Values = { name: string; email: string; role: string };

/**
 * Corrects a learner's name, email or role; the same rules as sign-up, checked here and in main.
 * Mounted when opened, so it starts from the learner as shown.
 */
export function EditLearnerModal(props: {
  opened: boolean;
  learner: LearnerDetail;
  onClose: () => void;
  onDone: (learner: Learner) => void;
}) {
  const { learner } = props;
  const t = useAdminText();
  const roleOptions = ROLES.map((r) => ({ value: r, label: t(`learners.role.${r}`) }));
  const initial: Values = { name: learner.name, email: learner.email, role: learner.role };
  const form = useForm<Values>({
    // Controlled: the role is a controlled Select.
    mode: 'controlled',
    initialValues: initial,
    validate: schemaRules(schemas.learnersUpdate, { input: (values: Values) => ({ id: learner.id, ...values }) }),
  });
  const save = form.onSubmit(async (values) => {
    // Only what the admin changed is sent: main writes and audits nothing for an unchanged field.
    const changes: Input<'learners-update'> = { id: learner.id };
    if (values.name !== initial.name) changes.name = values.name;
    if (values.email !== initial.email) changes.email = values.email;
    if (values.role !== initial.role) changes.role = values.role as Role;
    if (Object.keys(changes).length === 1) return props.onClose();
    const r = await adminApi['learners-update'](changes);
    if (!r.ok) return showFieldError(r.error, form);
    notifications.show({ color: 'teal', title: t('learners.edit.done'), message: r.value.name });
    props.onDone(r.value);
  });
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('learners.edit.title', { name: learner.name })}>
      <form noValidate onSubmit={save}>
        <Stack>
          <PersonFields
            name={form.getInputProps('name')}
            email={form.getInputProps('email')}
            emailHint={t('learners.edit.emailHint')}
          />
          <Select
            label={t('learners.field.role')}
            data={roleOptions}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('role')}
          />
          <Text size="xs" c="dimmed">
            {t('learners.edit.roleHint')}
          </Text>
          <Row justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('learners.action.cancel')}
            </Button>
            <Button type="submit">{t('learners.edit.submit')}</Button>
          </Row>
        </Stack>
      </form>
    </Modal>
  );
}
