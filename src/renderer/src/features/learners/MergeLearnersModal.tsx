import { Badge, Button, Group as Row, List, Modal, Paper, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowsLeftRight, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import type { Learner, LearnerDetail } from '../../../../shared/types';
import { adminApi } from '../../api';
import { notifyError } from '../../lib/call';
import { formatDateTime } from '../../lib/dates';
import { count } from '../../lib/format';
import { useChannel } from '../../lib/useChannel';

const wrap = { overflowWrap: 'anywhere' } as const;

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
    notifications.show({ color: 'teal', title: 'Learners merged', message: `${merged.name} is now part of ${r.value.name}.` });
    props.onDone(r.value, kept.id === learner.id);
  };

  return (
    <Modal opened onClose={props.onClose} size="xl" title={`Merge ${learner.name} with another learner`}>
      {!kept || !merged ? (
        <Stack>
          <Text size="sm">
            Find the other record of the same person — the one a mistyped email made, for example. You choose which of the two is
            kept before anything changes.
          </Text>
          <TextInput
            label="Find the other record"
            placeholder="Name or email"
            leftSection={<IconSearch size={16} />}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            autoComplete="off"
            data-autofocus
          />
          {search && found.data && (
            <>
              {candidates.length ? (
                <Table aria-label="Matching learners" layout="fixed">
                  <Table.Tbody>
                    {candidates.map((l) => (
                      <Table.Tr key={l.id}>
                        <Table.Td>
                          <Text size="sm" fw={500} style={wrap}>
                            {l.name}
                          </Text>
                          <Text size="xs" c="dimmed" style={wrap}>
                            {l.email} · {l.groupName}
                          </Text>
                        </Table.Td>
                        <Table.Td w={110} ta="right">
                          <Button size="xs" variant="light" aria-label={`Choose ${l.name}`} onClick={() => setOtherId(l.id)}>
                            Choose
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              ) : (
                <Text size="sm" c="dimmed">
                  No other learner matches “{search}”.
                </Text>
              )}
            </>
          )}
          <Row justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              Cancel
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
              Choose another learner
            </Button>
            <Button variant="default" leftSection={<IconArrowsLeftRight size={16} />} onClick={() => setKeepShown((k) => !k)}>
              Keep {merged.name} instead
            </Button>
          </Row>
          <Text size="sm" fw={600}>
            What happens
          </Text>
          <List size="sm" spacing={4} aria-label="What happens">
            <List.Item>
              <strong style={wrap}>{kept.name}</strong> keeps their name, email, group and role.
            </List.Item>
            <List.Item>
              Course by course, the further progress of the two is kept (completed, then started), with its real completion date.
            </List.Item>
            <List.Item>
              The moves and audit-log entries of {merged.name} become {kept.name}’s.
            </List.Item>
            <List.Item>
              Then {merged.name} is removed, and <span style={wrap}>{merged.email}</span> can be used again.
            </List.Item>
            {kept.groupId !== merged.groupId && (
              <List.Item>
                They are in different groups: the learner stays in {kept.groupName}. Progress on {merged.groupName}’s courses is
                kept and shows if they ever move there.
              </List.Item>
            )}
          </List>
          <Text size="sm" c="dimmed">
            This cannot be undone. To keep the other email address, edit {kept.name} after the merge.
          </Text>
          <Row justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              Cancel
            </Button>
            <Button color="red" loading={busy} onClick={() => void merge()}>
              Merge into {kept.name}
            </Button>
          </Row>
        </Stack>
      )}
    </Modal>
  );
}

function Side({ learner, kept }: { learner: LearnerDetail; kept: boolean }) {
  const done = learner.courses.filter((c) => c.status === 'completed').length;
  return (
    <Paper withBorder p="sm" radius="md" aria-label={kept ? 'Kept learner' : 'Learner merged and removed'} role="group">
      <Stack gap={4}>
        <Badge color={kept ? 'teal' : 'red'} variant="light" style={{ alignSelf: 'flex-start' }}>
          {kept ? 'Kept' : 'Merged, then removed'}
        </Badge>
        <Text fw={600} style={wrap}>
          {learner.name}
        </Text>
        <Text size="sm" style={wrap}>
          {learner.email}
        </Text>
        <Text size="sm">
          {learner.groupName} · <span style={{ textTransform: 'capitalize' }}>{learner.role}</span>
        </Text>
        <Text size="sm" c="dimmed">
          Registered {formatDateTime(learner.registeredAt)}
        </Text>
        <Text size="sm" c="dimmed">
          {learner.courses.length
            ? `${done} of ${count(learner.courses.length, 'course', 'courses')} completed`
            : 'No courses in this group'}
        </Text>
      </Stack>
    </Paper>
  );
}
