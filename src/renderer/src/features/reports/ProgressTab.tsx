import { Button, Checkbox, Group as Row, Paper, Progress, Select, Stack, Table, Text } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { ProgressStatus } from '../../../../shared/types';
import { adminApi } from '../../api';
import { useAdminText } from '../../i18n/admin';
import { notifyError } from '../../lib/call';
import { formatDate, pickerFormat } from '../../lib/format';
import { useChannel } from '../../lib/useChannel';
import { percentWords } from './auditWords';

const STATUSES: ProgressStatus[] = ['not-started', 'started', 'completed'];

/** The group's learners × its courses: mark one cell, or a course for everyone selected. */
export function ProgressTab({ groupId }: { groupId: number }) {
  const t = useAdminText();
  const intl = useIntl();
  const { data: grid, reload: load } = useChannel('progress-group', { groupId });
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [bulkCourse, setBulkCourse] = useState<string | null>(null);
  const [bulkDate, setBulkDate] = useState<string | null>(dayjs().format('YYYY-MM-DD'));

  if (!grid) return null;
  if (!grid.courses.length) return <Text c="dimmed">{t('reports.progress.noCourses')}</Text>;
  if (!grid.learners.length) return <Text c="dimmed">{t('reports.progress.noLearners')}</Text>;
  const statusOptions = STATUSES.map((value) => ({ value, label: t(`reports.status.${value}`) }));
  const percent = (p: number) => percentWords(intl, p);

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
    notifications.show({
      color: 'teal',
      title: t('reports.progress.saved'),
      message: t('reports.progress.savedMessage', { n: r.value.updated }),
    });
    setSelected(new Set());
    load();
  };
  const allSelected = selected.size === grid.learners.length;

  return (
    <Stack>
      <Paper withBorder p="md" radius="md">
        <Row justify="space-between">
          <Text fw={600}>{t('reports.progress.groupCompletion')}</Text>
          <Text fw={700} data-testid="group-percent">
            {percent(grid.percent)}
          </Text>
        </Row>
        <Progress value={grid.percent} mt="xs" aria-label={t('reports.progress.groupCompletion')} />
      </Paper>
      <Row align="flex-end">
        <Select
          label={t('reports.progress.bulkCourse')}
          placeholder={t('reports.progress.bulkCoursePlaceholder')}
          data={grid.courses.map((c) => ({ value: String(c.id), label: c.title }))}
          value={bulkCourse}
          onChange={setBulkCourse}
          w={300}
        />
        <DateInput
          label={t('reports.progress.completedOn')}
          value={bulkDate}
          onChange={setBulkDate}
          maxDate={dayjs().format('YYYY-MM-DD')}
          valueFormat={pickerFormat(false)}
          w={180}
          previousLabel={t('reports.calendar.previousMonth')}
          nextLabel={t('reports.calendar.nextMonth')}
        />
        <Button onClick={() => void markSelected()} disabled={!bulkCourse || !selected.size}>
          {t('reports.progress.markCompleted', { n: selected.size })}
        </Button>
      </Row>
      <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
        <Table aria-label={t('reports.progress.table')} verticalSpacing="xs" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>
                <Checkbox
                  aria-label={t('reports.progress.selectEveryone')}
                  checked={allSelected}
                  indeterminate={selected.size > 0 && !allSelected}
                  onChange={() => setSelected(allSelected ? new Set() : new Set(grid.learners.map((l) => l.id)))}
                />
              </Table.Th>
              <Table.Th>{t('reports.progress.learner')}</Table.Th>
              {grid.courses.map((c) => (
                <Table.Th key={c.id}>
                  {c.title}
                  <Text size="xs" c="dimmed">
                    {t('reports.progress.courseCompleted', { percent: percent(c.percent) })}
                  </Text>
                </Table.Th>
              ))}
              <Table.Th ta="end">{t('reports.progress.done')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {grid.learners.map((l) => (
              <Table.Tr key={l.id}>
                <Table.Td>
                  <Checkbox
                    aria-label={t('reports.progress.select', { name: l.name })}
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
                        aria-label={t('reports.progress.cell', { course: c.title, name: l.name })}
                        data={statusOptions}
                        value={entry?.status ?? 'not-started'}
                        allowDeselect={false}
                        onChange={(v) => v && void setCell(l.id, c.id, v as ProgressStatus)}
                        w={140}
                      />
                      {entry?.completedAt && (
                        <Text size="xs" c="dimmed">
                          {formatDate(entry.completedAt)}
                        </Text>
                      )}
                    </Table.Td>
                  );
                })}
                <Table.Td ta="end" data-testid={`learner-percent-${l.id}`}>
                  {percent(l.percent)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
