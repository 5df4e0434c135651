import { Button, Group as Row, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Learner } from '../../../../shared/types';
import { adminApi } from '../../api';
import { GroupPicker } from '../../components/GroupPicker';

export function AddLearnerModal(props: {
  opened: boolean;
  onClose: () => void;
  defaultGroupId: number | null;
  onAdded: (l: Learner) => void;
}) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [groupId, setGroupId] = useState<number | null>(props.defaultGroupId);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const close = () => {
    setName('');
    setEmail('');
    setErrors({});
    props.onClose();
  };
  const save = async () => {
    if (!groupId) return setErrors({ groupId: 'Choose the group.' });
    const r = await adminApi['learners-add']({ name, email, groupId });
    if (!r.ok) return setErrors({ [r.error.field ?? 'name']: r.error.message });
    notifications.show({ color: 'teal', title: 'Learner added', message: `${r.value.name} is in ${r.value.groupName}.` });
    close();
    props.onAdded(r.value);
  };
  return (
    <Modal opened={props.opened} onClose={close} title="Add a learner">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack>
          <TextInput
            label="Full name"
            required
            data-autofocus
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            autoComplete="off"
          />
          <TextInput
            label="Email"
            required
            type="email"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={errors.email}
            autoComplete="off"
          />
          <GroupPicker
            label="Group"
            required
            value={groupId}
            onChange={setGroupId}
            error={errors.groupId}
            comboboxProps={{ withinPortal: true }}
          />
          <Row justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit">Add learner</Button>
          </Row>
        </Stack>
      </form>
    </Modal>
  );
}
