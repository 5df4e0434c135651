import { Badge, Button, Group as Row, List, Modal, Paper, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowsLeftRight, IconSearch } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import type { Learner, LearnerDetail } from '../../../../shared/types';
import { adminApi } from '../../api';
import { useAdminText } from '../../i18n/admin';
import { notifyError } from '../../lib/call';
import { formatDateTime } from '../../lib/dates';
import { useChannel } from '../../lib/useChannel';
import { roleWords } from './learnerWords';

const wrap = { overflowWrap: 'anywhere' } as const;
/** An email (or other left-to-right text) inside a sentence: whole, left to right, even in Arabic. */
const ltr = (chunks: ReactNode[]) => (
  <bdi dir="ltr" style={wrap}>
    {chunks}
  </bdi>
);

/**
 * Folds a duplicate record into this learner (or this one into the duplicate): find the other one,
 * see both side by side with which one is kept, read what happens, confirm. Mounted when opened.
 */
export function MergeLearnersModal(props: {
  learner: LearnerDetail;
  onClose: () => void;
  /** `stillShown`: the learner the drawer shows is the one kept. */
  onDone: (kept: Learner, stillShown: boolean) => void;
}) {
  const { learner } = props;
  const t = useAdminText();
  const [typed, setTyped] = useState('');
  const [search] = useDebouncedValue(typed.trim(), 250);
  const [otherId, setOtherId] = useState<number | null>(null);
  const [keepShown, setKeepShown] = useState(true);
  const [busy, setBusy] = useState(false);
  const found = useChannel('learners-list', search ? { search, limit: 8 } : null);
  const other = useChannel('learners-get', otherId === null ? null : { id: otherId });
  const candidates = (found.data?.items ?? []).filter((l) => l.id !== learner.id);
  const chosen = otherId !== null && other.data?.id === otherId ? other.data : null;

  const [kept, merged] = chosen ? (keepShown ? [learner, chosen] : [chosen, learner]) : [null, null];
  const merge = async () => {
    if (!kept || !merged) return;
    setBusy(true);
    const r = await adminApi['learners-merge']({ keepId: kept.id, mergeId: merged.id });
    setBusy(false);
    if (!r.ok) return notifyError(r.error);
    notifications.show({
      color: 'teal',
      title: t('learners.merge.done.title'),
      message: t('learners.merge.done.message', { merged: merged.name, kept: r.value.name }),
    });
    props.onDone(r.value, kept.id === learner.id);
  };

  return (
    <Modal opened onClose={props.onClose} size="xl" title={t('learners.merge.title', { name: learner.name })}>
      {!kept || !merged ? (
        <Stack>
          <Text size="sm">{t('learners.merge.intro')}</Text>
          <TextInput
            label={t('learners.merge.find.label')}
            placeholder={t('learners.merge.find.placeholder')}
            leftSection={<IconSearch size={16} />}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            autoComplete="off"
            data-autofocus
          />
          {search && found.data && (
            <>
              {candidates.length ? (
                <Table aria-label={t('learners.merge.matches')} layout="fixed">
                  <Table.Tbody>
                    {candidates.map((l) => (
                      <Table.Tr key={l.id}>
                        <Table.Td>
                          <Text size="sm" fw={500} style={wrap}>
                            {l.name}
                          </Text>
                          <Text size="xs" c="dimmed" style={wrap}>
                            {t.rich('learners.merge.candidate', { email: l.email, group: l.groupName, ltr })}
                          </Text>
                        </Table.Td>
                        <Table.Td w={110} ta="right">
                          <Button
                            size="xs"
                            variant="light"
                            aria-label={t('learners.merge.chooseName', { name: l.name })}
                            onClick={() => setOtherId(l.id)}
                          >
                            {t('learners.merge.choose')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('learners.merge.noMatch', { search })}
                </Text>
              )}
            </>
          )}
          <Row justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('learners.action.cancel')}
            </Button>
          </Row>
        </Stack>
      ) : (
        <Stack>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <Side learner={kept} kept />
            <Side learner={merged} kept={false} />
          </SimpleGrid>
          <Row justify="space-between">
            <Button variant="subtle" onClick={() => setOtherId(null)}>
              {t('learners.merge.chooseAnother')}
            </Button>
            <Button variant="default" leftSection={<IconArrowsLeftRight size={16} />} onClick={() => setKeepShown((k) => !k)}>
              {t('learners.merge.keepOther', { name: merged.name })}
            </Button>
          </Row>
          <Text size="sm" fw={600}>
            {t('learners.merge.whatHappens')}
          </Text>
          <List size="sm" spacing={4} aria-label={t('learners.merge.whatHappens')}>
            <List.Item>
              {t.rich('learners.merge.keeps', { name: kept.name, b: (chunks) => <strong style={wrap}>{chunks}</strong> })}
            </List.Item>
            <List.Item>{t('learners.merge.progress')}</List.Item>
            <List.Item>{t('learners.merge.history', { merged: merged.name, kept: kept.name })}</List.Item>
            <List.Item>{t.rich('learners.merge.removed', { name: merged.name, email: merged.email, ltr })}</List.Item>
            {kept.groupId !== merged.groupId && (
              <List.Item>
                {t('learners.merge.otherGroup', { keptGroup: kept.groupName, mergedGroup: merged.groupName })}
              </List.Item>
            )}
          </List>
          <Text size="sm" c="dimmed">
            {t('learners.merge.final', { name: kept.name })}
          </Text>
          <Row justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('learners.action.cancel')}
            </Button>
            <Button color="red" loading={busy} onClick={() => void merge()}>
              {t('learners.merge.submit', { name: kept.name })}
            </Button>
          </Row>
        </Stack>
      )}
    </Modal>
  );
}

function Side({ learner, kept }: { learner: LearnerDetail; kept: boolean }) {
  const t = useAdminText();
  const done = learner.courses.filter((c) => c.status === 'completed').length;
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      aria-label={t(kept ? 'learners.merge.kept.label' : 'learners.merge.merged.label')}
      role="group"
    >
      <Stack gap={4}>
        <Badge color={kept ? 'teal' : 'red'} variant="light" style={{ alignSelf: 'flex-start' }}>
          {t(kept ? 'learners.merge.kept' : 'learners.merge.merged')}
        </Badge>
        <Text fw={600} style={wrap}>
          {learner.name}
        </Text>
        <Text size="sm" style={wrap}>
          <bdi dir="ltr">{learner.email}</bdi>
        </Text>
        <Text size="sm">{t('learners.merge.groupRole', { group: learner.groupName, role: roleWords(learner.role, t) })}</Text>
        <Text size="sm" c="dimmed">
          {t('learners.merge.registered', { when: formatDateTime(learner.registeredAt) })}
        </Text>
        <Text size="sm" c="dimmed">
          {learner.courses.length
            ? t('learners.merge.courses', { done, total: learner.courses.length })
            : t('learners.merge.noCourses')}
        </Text>
      </Stack>
    </Paper>
  );
}
