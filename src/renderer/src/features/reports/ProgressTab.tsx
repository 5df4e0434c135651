import { Button, Checkbox, Group as Row, Paper, Progress, Select, Stack, Table, Text } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { ProgressStatus } from '../../../../shared/types';
import { adminApi } from '../../api';
import { notifyError } from '../../lib/call';
import { useChannel } from '../../lib/useChannel';

const STATUS_OPTIONS = [
  { value: 'not-started', label: 'Not started' },
  { value: 'started', label: 'Started' },
  { value: 'completed', label: 'Completed' },
];

/** The group's learners × its courses: mark one cell, or a course for everyone selected. */
export function ProgressTab({ groupId }: { groupId: number }) {
  const { data: grid, reload: load } = useChannel('progress-group', { groupId });
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [bulkCourse, setBulkCourse] = useState<string | null>(null);
  const [bulkDate, setBulkDate] = useState<string | null>(dayjs().format('YYYY-MM-DD'));

  if (!grid) return null;
  if (!grid.courses.length) return <Text c="dimmed">This group has no courses yet: add some on the Courses tab.</Text>;
  if (!grid.learners.length) return <Text c="dimmed">No one has joined this group yet.</Text>;

  const setCell = async (learnerId: number, courseId: number, status: ProgressStatus) => {
    const r = await adminApi['progress-set']({ learnerId, courseId, status });
    if (!r.ok) return notifyError(r.error);
    load();
  };
  const markSelected = async () => {
    if (!bulkCourse || !selected.size) return;
    // The day only: main stamps it with the time of marking, as a single cell's change is.
    const r = await adminApi['progress-set-many']({
      learnerIds: [...selected],
      courseId: Number(bulkCourse),
      status: 'completed',
      completedOn: bulkDate ? dayjs(bulkDate).format('YYYY-MM-DD') : undefined,
    });
    if (!r.ok) return notifyError(r.error);
    notifications.show({ color: 'teal', title: 'Progress saved', message: `${r.value.updated} marked completed.` });
    setSelected(new Set());
    load();
  };
  const allSelected = selected.size === grid.learners.length;

  return (
    <Stack>
      <Paper withBorder p="md" radius="md">
        <Row justify="space-between">
          <Text fw={600}>Group completion</Text>
          <Text fw={700} data-testid="group-percent">
            {grid.percent}%
          </Text>
        </Row>
        <Progress value={grid.percent} mt="xs" aria-label="Group completion" />
      </Paper>
      <Row align="flex-end">
        <Select
          label="Mark a course completed for the selected learners"
          placeholder="Course"
          data={grid.courses.map((c) => ({ value: String(c.id), label: c.title }))}
          value={bulkCourse}
          onChange={setBulkCourse}
          w={300}
        />
        <DateInput
          label="Completed on"
          value={bulkDate}
          onChange={setBulkDate}
          maxDate={dayjs().format('YYYY-MM-DD')}
          w={180}
          previousLabel="Previous month"
          nextLabel="Next month"
        />
        <Button onClick={() => void markSelected()} disabled={!bulkCourse || !selected.size}>
          Mark completed ({selected.size})
        </Button>
      </Row>
      <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
        <Table aria-label="Progress" verticalSpacing="xs" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>
                <Checkbox
                  aria-label="Select everyone"
                  checked={allSelected}
                  indeterminate={selected.size > 0 && !allSelected}
                  onChange={() => setSelected(allSelected ? new Set() : new Set(grid.learners.map((l) => l.id)))}
                />
              </Table.Th>
              <Table.Th>Learner</Table.Th>
              {grid.courses.map((c) => (
                <Table.Th key={c.id}>
                  {c.title}
                  <Text size="xs" c="dimmed">
                    {c.percent}% completed
                  </Text>
                </Table.Th>
              ))}
              <Table.Th ta="right">Done</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {grid.learners.map((l) => (
              <Table.Tr key={l.id}>
                <Table.Td>
                  <Checkbox
                    aria-label={`Select ${l.name}`}
                    checked={selected.has(l.id)}
                    onChange={() =>
                      setSelected((s) => {
                        const next = new Set(s);
                        if (!next.delete(l.id)) next.add(l.id);
                        return next;
                      })
                    }
                  />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {l.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {l.email}
                  </Text>
                </Table.Td>
                {grid.courses.map((c) => {
                  const entry = l.statuses[c.id];
                  return (
                    <Table.Td key={c.id}>
                      <Select
                        size="xs"
                        aria-label={`${c.title} for ${l.name}`}
                        data={STATUS_OPTIONS}
                        value={entry?.status ?? 'not-started'}
                        allowDeselect={false}
                        onChange={(v) => v && void setCell(l.id, c.id, v as ProgressStatus)}
                        w={140}
                      />
                      {entry?.completedAt && (
                        <Text size="xs" c="dimmed">
                          {dayjs(entry.completedAt).format('D MMM YYYY')}
                        </Text>
                      )}
                    </Table.Td>
                  );
                })}
                <Table.Td ta="right" data-testid={`learner-percent-${l.id}`}>
                  {l.percent}%
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
