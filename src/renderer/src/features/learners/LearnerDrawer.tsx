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
import type { ReactNode } from 'react';
import { useState } from 'react';
import { BULK_UPLOAD_MOVE } from '../../../../shared/domains/learners';
import { schemas } from '../../../../shared/schemas';
import type { LearnerDetail } from '../../../../shared/types';
import { adminApi } from '../../api';
import { GroupPicker } from '../../components/GroupPicker';
import { useAdminText } from '../../i18n/admin';
import { callOrNotify, notifyError, showFieldError } from '../../lib/call';
import { formatDateTime } from '../../lib/dates';
import { schemaRules } from '../../lib/form';
import { useChannel } from '../../lib/useChannel';
import { downloadText } from '../../lib/download';
import { EditLearnerModal } from './EditLearnerModal';
import { roleWords } from './learnerWords';
import { MergeLearnersModal } from './MergeLearnersModal';

const STATUS_COLOR = { 'not-started': 'gray', started: 'blue', completed: 'teal' } as const;

/** One learner: who, where, which courses; and what an admin can do about them. */
export function LearnerDrawer({ id, onClose, onChanged }: { id: number | null; onClose: () => void; onChanged: () => void }) {
  const t = useAdminText();
  const learner = useChannel('learners-get', id === null ? null : { id });
  const [dialog, setDialog] = useState<'edit' | 'merge' | 'reassign' | 'remove' | 'erase' | null>(null);

  const shown = id !== null && learner.data?.id === id ? learner.data : null;
  const changed = () => {
    learner.reload();
    onChanged();
  };

  return (
    <Drawer
      opened={id !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={shown ? shown.name : t('learners.drawer.title')}
    >
      {shown && (
        <Stack>
          <Table variant="vertical" layout="fixed" aria-label={t('learners.drawer.details')}>
            <Table.Tbody>
              <Detail label={t('learners.column.email')} value={<bdi dir="ltr">{shown.email}</bdi>} />
              <Detail label={t('learners.column.group')} value={shown.groupName} />
              <Detail label={t('learners.column.role')} value={roleWords(shown.role, t)} />
              <Detail label={t('learners.column.source')} value={t(`learners.drawer.source.${shown.source}`)} />
              <Detail label={t('learners.column.registered')} value={formatDateTime(shown.registeredAt)} />
            </Table.Tbody>
          </Table>
          <Title order={3} size="h5">
            {t('learners.drawer.courses')}
          </Title>
          {shown.courses.length ? (
            <List spacing={6} listStyleType="none" aria-label={t('learners.drawer.courses')}>
              {shown.courses.map((c) => (
                <List.Item key={c.id}>
                  <Row gap="xs">
                    <Text size="sm">{c.title}</Text>
                    <Badge size="sm" variant="light" color={STATUS_COLOR[c.status]}>
                      {t(`learners.status.${c.status}`)}
                    </Badge>
                  </Row>
                </List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm" c="dimmed">
              {t('learners.drawer.noCourses', { group: shown.groupName })}
            </Text>
          )}
          {shown.moves.length > 0 && (
            <>
              <Title order={3} size="h5">
                {t('learners.drawer.moves')}
              </Title>
              <List size="sm" spacing={4}>
                {shown.moves.map((m) => (
                  <List.Item key={m.at + m.toGroupId}>
                    {/* Names typed by admins are isolated, so the arrow points the right way in Arabic too. */}
                    {t.rich(m.reason ? 'learners.drawer.moveWithReason' : 'learners.drawer.move', {
                      when: formatDateTime(m.at),
                      fromGroup: m.fromGroupName === null ? 'deleted' : 'named',
                      from: <bdi>{m.fromGroupName}</bdi>,
                      toGroup: m.toGroupName === null ? 'deleted' : 'named',
                      to: <bdi>{m.toGroupName}</bdi>,
                      reason: <bdi>{m.reason === BULK_UPLOAD_MOVE ? t('learners.drawer.source.bulk') : m.reason}</bdi>,
                    })}
                  </List.Item>
                ))}
              </List>
            </>
          )}
          <Divider />
          <Row gap="xs">
            <Button leftSection={<IconPencil size={18} />} onClick={() => setDialog('edit')}>
              {t('learners.drawer.edit')}
            </Button>
            <Button variant="default" leftSection={<IconArrowsExchange size={18} />} onClick={() => setDialog('reassign')}>
              {t('learners.drawer.reassign')}
            </Button>
            <Button variant="default" leftSection={<IconGitMerge size={18} />} onClick={() => setDialog('merge')}>
              {t('learners.drawer.merge')}
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
              {t('learners.drawer.export')}
            </Button>
            <Button variant="default" color="red" leftSection={<IconTrash size={18} />} onClick={() => setDialog('remove')}>
              {t('learners.drawer.remove')}
            </Button>
            <Button variant="light" color="red" leftSection={<IconEraser size={18} />} onClick={() => setDialog('erase')}>
              {t('learners.drawer.erase')}
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

function Detail({ label, value }: { label: string; value: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={130}>{label}</Table.Th>
      <Table.Td>{value}</Table.Td>
    </Table.Tr>
  );
}

function ReassignModal(props: { opened: boolean; learner: LearnerDetail; onClose: () => void; onDone: () => void }) {
  const t = useAdminText();
  // Controlled: the group picker is a controlled field.
  const form = useForm({
    mode: 'controlled',
    initialValues: { groupId: null as number | null, reason: '' },
    validate: schemaRules(schemas.learnersReassign, {
      input: (values: { groupId: number | null; reason: string }) => ({ learnerId: props.learner.id, ...values }),
      also: (values) => (values.groupId ? {} : { groupId: t('learners.reassign.chooseGroup') }),
    }),
  });
  const save = form.onSubmit(async ({ groupId, reason }) => {
    const r = await adminApi['learners-reassign']({ learnerId: props.learner.id, groupId: groupId!, reason });
    if (!r.ok) return showFieldError(r.error, form, 'groupId');
    notifications.show({
      color: 'teal',
      title: t('learners.reassign.done.title'),
      message: t('learners.reassign.done.message', { name: r.value.name, group: r.value.groupName }),
    });
    form.reset();
    props.onDone();
  });
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('learners.reassign.title', { name: props.learner.name })}>
      <Stack>
        <Text size="sm">
          {t.rich('learners.reassign.now', { group: props.learner.groupName, b: (chunks) => <strong>{chunks}</strong> })}
        </Text>
        <GroupPicker
          label={t('learners.reassign.group')}
          data-autofocus
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('groupId')}
          value={form.values.groupId}
          exclude={props.learner.groupId}
        />
        <Textarea label={t('learners.reassign.reason')} autosize minRows={2} {...form.getInputProps('reason')} />
        <Row justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('learners.action.cancel')}
          </Button>
          <Button onClick={() => save()}>{t('learners.reassign.submit')}</Button>
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
  const t = useAdminText();
  const [typed, setTyped] = useState('');
  const erase = props.kind === 'erase';
  const word = t('learners.erase.word');
  const go = async () => {
    const r = erase
      ? await adminApi['learners-erase']({ learnerId: props.learner.id })
      : await adminApi['learners-remove']({ learnerId: props.learner.id });
    if (!r.ok) return notifyError(r.error);
    notifications.show({
      color: 'teal',
      title: t(erase ? 'learners.erase.done' : 'learners.remove.done'),
      message: props.learner.name,
    });
    setTyped('');
    props.onDone();
  };
  return (
    <Modal
      opened={props.kind !== null}
      onClose={props.onClose}
      title={t(erase ? 'learners.erase.title' : 'learners.remove.title')}
    >
      <Stack>
        <Text size="sm">{t(erase ? 'learners.erase.body' : 'learners.remove.body')}</Text>
        {erase && (
          <TextInput
            label={t('learners.erase.confirm', { word })}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            autoComplete="off"
            data-autofocus
          />
        )}
        <Row justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('learners.action.cancel')}
          </Button>
          <Button color="red" disabled={erase && !sameWord(typed, word)} onClick={() => void go()}>
            {t(erase ? 'learners.drawer.erase' : 'learners.drawer.remove')}
          </Button>
        </Row>
      </Stack>
    </Modal>
  );
}

/** The confirmation word as typed: any case, spaces around it ignored (a script without case compares as is). */
const sameWord = (typed: string, word: string) => typed.trim().toLocaleUpperCase() === word.toLocaleUpperCase();
