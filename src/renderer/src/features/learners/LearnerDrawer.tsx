import {
  Badge,
  Button,
  Divider,
  Drawer,
  Group as Row,
  List,
  Modal,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconArrowsExchange, IconDownload, IconEraser, IconGitMerge, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { schemas } from '../../../../shared/schemas';
import type { LearnerDetail } from '../../../../shared/types';
import { adminApi } from '../../api';
import { GroupPicker } from '../../components/GroupPicker';
import { callOrNotify, showFieldError } from '../../lib/call';
import { formatDateTime } from '../../lib/dates';
import { schemaRules } from '../../lib/form';
import { useChannel } from '../../lib/useChannel';
import { downloadText } from '../../lib/download';
import { EditLearnerModal } from './EditLearnerModal';
import { MergeLearnersModal } from './MergeLearnersModal';

const STATUS_LABEL = { 'not-started': 'Not started', started: 'Started', completed: 'Completed' } as const;
const STATUS_COLOR = { 'not-started': 'gray', started: 'blue', completed: 'teal' } as const;

/** One learner: who, where, which courses; and what an admin can do about them. */
export function LearnerDrawer({ id, onClose, onChanged }: { id: number | null; onClose: () => void; onChanged: () => void }) {
  const learner = useChannel('learners-get', id === null ? null : { id });
  const [dialog, setDialog] = useState<'edit' | 'merge' | 'reassign' | 'remove' | 'erase' | null>(null);

  const shown = id !== null && learner.data?.id === id ? learner.data : null;
  const changed = () => {
    learner.reload();
    onChanged();
  };

  return (
    <Drawer opened={id !== null} onClose={onClose} position="right" size="lg" title={shown ? shown.name : 'Learner'}>
      {shown && (
        <Stack>
          <Table variant="vertical" layout="fixed" aria-label="Learner details">
            <Table.Tbody>
              <Detail label="Email" value={shown.email} />
              <Detail label="Group" value={shown.groupName} />
              <Detail label="Role" value={shown.role} />
              <Detail
                label="Joined via"
                value={{ kiosk: 'Kiosk (join code)', bulk: 'Bulk upload', admin: 'Added by admin' }[shown.source]}
              />
              <Detail label="Registered" value={formatDateTime(shown.registeredAt)} />
            </Table.Tbody>
          </Table>
          <Title order={3} size="h5">
            Courses
          </Title>
          {shown.courses.length ? (
            <List spacing={6} listStyleType="none" aria-label="Courses">
              {shown.courses.map((c) => (
                <List.Item key={c.id}>
                  <Row gap="xs">
                    <Text size="sm">{c.title}</Text>
                    <Badge size="sm" variant="light" color={STATUS_COLOR[c.status]}>
                      {STATUS_LABEL[c.status]}
                    </Badge>
                  </Row>
                </List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm" c="dimmed">
              {shown.groupName} has no courses yet.
            </Text>
          )}
          {shown.moves.length > 0 && (
            <>
              <Title order={3} size="h5">
                Moves
              </Title>
              <List size="sm" spacing={4}>
                {shown.moves.map((m) => (
                  <List.Item key={m.at + m.toGroupId}>
                    {formatDateTime(m.at)}: {m.fromGroupName ?? 'a deleted group'} → {m.toGroupName ?? 'a deleted group'}
                    {m.reason ? ` (${m.reason})` : ''}
                  </List.Item>
                ))}
              </List>
            </>
          )}
          <Divider />
          <Row gap="xs">
            <Button leftSection={<IconPencil size={18} />} onClick={() => setDialog('edit')}>
              Edit
            </Button>
            <Button variant="default" leftSection={<IconArrowsExchange size={18} />} onClick={() => setDialog('reassign')}>
              Reassign
            </Button>
            <Button variant="default" leftSection={<IconGitMerge size={18} />} onClick={() => setDialog('merge')}>
              Merge with…
            </Button>
            <Button
              variant="default"
              leftSection={<IconDownload size={18} />}
              onClick={() =>
                void callOrNotify(adminApi['learners-export']({ learnerId: shown.id })).then(
                  (data) => data && downloadText(`learner-${shown.id}.json`, JSON.stringify(data, null, 2), 'application/json'),
                )
              }
            >
              Export data
            </Button>
            <Button variant="default" color="red" leftSection={<IconTrash size={18} />} onClick={() => setDialog('remove')}>
              Remove
            </Button>
            <Button variant="light" color="red" leftSection={<IconEraser size={18} />} onClick={() => setDialog('erase')}>
              Erase
            </Button>
          </Row>
          {dialog === 'edit' && (
            <EditLearnerModal
              opened
              learner={shown}
              onClose={() => setDialog(null)}
              onDone={() => {
                setDialog(null);
                changed();
              }}
            />
          )}
          {dialog === 'merge' && (
            <MergeLearnersModal
              learner={shown}
              onClose={() => setDialog(null)}
              onDone={(_kept, stillShown) => {
                setDialog(null);
                // The drawer's learner may be the one merged away: then there is nothing left to show.
                if (stillShown) changed();
                else {
                  onChanged();
                  onClose();
                }
              }}
            />
          )}
          <ReassignModal
            opened={dialog === 'reassign'}
            learner={shown}
            onClose={() => setDialog(null)}
            onDone={() => {
              setDialog(null);
              changed();
            }}
          />
          <DeleteModal
            kind={dialog === 'remove' || dialog === 'erase' ? dialog : null}
            learner={shown}
            onClose={() => setDialog(null)}
            onDone={() => {
              setDialog(null);
              onChanged();
              onClose();
            }}
          />
        </Stack>
      )}
    </Drawer>
  );
}

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <Table.Tr>
      <Table.Th w={130}>{label}</Table.Th>
      <Table.Td style={{ textTransform: label === 'Role' ? 'capitalize' : undefined }}>{value}</Table.Td>
    </Table.Tr>
  );
}

function ReassignModal(props: { opened: boolean; learner: LearnerDetail; onClose: () => void; onDone: () => void }) {
  // Controlled: the group picker is a controlled field.
  const form = useForm({
    mode: 'controlled',
    initialValues: { groupId: null as number | null, reason: '' },
    validate: schemaRules(schemas.learnersReassign, {
      input: (values: { groupId: number | null; reason: string }) => ({ learnerId: props.learner.id, ...values }),
      also: (values) => (values.groupId ? {} : { groupId: 'Choose the group to move to.' }),
    }),
  });
  const save = form.onSubmit(async ({ groupId, reason }) => {
    const r = await adminApi['learners-reassign']({ learnerId: props.learner.id, groupId: groupId!, reason });
    if (!r.ok) return showFieldError(r.error, form, 'groupId');
    notifications.show({ color: 'teal', title: 'Learner moved', message: `${r.value.name} is now in ${r.value.groupName}.` });
    form.reset();
    props.onDone();
  });
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={`Move ${props.learner.name} to another group`}>
      <Stack>
        <Text size="sm">
          Now in <strong>{props.learner.groupName}</strong>. They get the new group’s role and courses; progress on courses both
          groups share is kept.
        </Text>
        <GroupPicker
          label="New group"
          data-autofocus
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('groupId')}
          value={form.values.groupId}
          exclude={props.learner.groupId}
        />
        <Textarea label="Reason (optional)" autosize minRows={2} {...form.getInputProps('reason')} />
        <Row justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            Cancel
          </Button>
          <Button onClick={() => save()}>Move learner</Button>
        </Row>
      </Stack>
    </Modal>
  );
}

function DeleteModal(props: {
  kind: 'remove' | 'erase' | null;
  learner: LearnerDetail;
  onClose: () => void;
  onDone: () => void;
}) {
  const [typed, setTyped] = useState('');
  const erase = props.kind === 'erase';
  const go = async () => {
    const r = erase
      ? await adminApi['learners-erase']({ learnerId: props.learner.id })
      : await adminApi['learners-remove']({ learnerId: props.learner.id });
    if (!r.ok) return notifications.show({ color: 'red', title: 'That did not work', message: r.error.message });
    notifications.show({ color: 'teal', title: erase ? 'Learner erased' : 'Learner removed', message: props.learner.name });
    setTyped('');
    props.onDone();
  };
  return (
    <Modal
      opened={props.kind !== null}
      onClose={props.onClose}
      title={erase ? 'Erase this learner for good?' : 'Remove this learner?'}
    >
      <Stack>
        <Text size="sm">
          {erase
            ? 'Everything JoinDesk holds about them — their record, progress, moves and their entries in the audit log — is deleted and overwritten in the data file. This cannot be undone. Export their data first if they asked for a copy.'
            : 'Their record and progress are deleted. The audit log keeps that a learner was removed.'}
        </Text>
        {erase && (
          <TextInput
            label={`Type ERASE to confirm`}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            autoComplete="off"
            data-autofocus
          />
        )}
        <Row justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            Cancel
          </Button>
          <Button color="red" disabled={erase && typed !== 'ERASE'} onClick={() => void go()}>
            {erase ? 'Erase' : 'Remove'}
          </Button>
        </Row>
      </Stack>
    </Modal>
  );
}
