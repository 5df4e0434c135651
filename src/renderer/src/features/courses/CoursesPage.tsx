import {
  Badge,
  Button,
  Group as Row,
  Modal,
  MultiSelect,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { schemas } from '../../../../shared/schemas';
import type { Course } from '../../../../shared/types';
import { adminApi } from '../../api';
import { useAdminText } from '../../i18n/admin';
import { showFieldError } from '../../lib/call';
import { formatNumber } from '../../lib/format';
import { schemaRules } from '../../lib/form';
import { useChannel } from '../../lib/useChannel';

// The group list only helps typing: when a search fails, the field just offers what it had.
const quietly = () => undefined;

export function CoursesPage() {
  const t = useAdminText();
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Course | 'new' | null>(null);
  const list = useChannel('courses-list', { includeArchived: showArchived });
  const courses = list.data ?? [];
  const load = list.reload;

  return (
    <Stack maw={1000}>
      <Row justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('courses.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('courses.intro')}
          </Text>
        </div>
        <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing('new')}>
          {t('courses.new')}
        </Button>
      </Row>
      <Switch
        label={t('courses.showArchived')}
        checked={showArchived}
        onChange={(e) => setShowArchived(e.currentTarget.checked)}
      />
      <Paper withBorder radius="md">
        <Table aria-label={t('courses.table')} verticalSpacing="sm" horizontalSpacing="md">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('courses.column.course')}</Table.Th>
              <Table.Th ta="end">{t('courses.column.groups')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {courses.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Row gap="xs">
                    <Text fw={600}>{c.title}</Text>
                    {c.archived && (
                      <Badge color="gray" variant="light">
                        {t('courses.archived')}
                      </Badge>
                    )}
                  </Row>
                  {c.description && (
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {c.description}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="end">{formatNumber(c.groupIds.length)}</Table.Td>
                <Table.Td ta="end">
                  <Button
                    variant="default"
                    size="xs"
                    onClick={() => setEditing(c)}
                    aria-label={t('courses.editNamed', { title: c.title })}
                  >
                    {t('courses.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {courses.length === 0 && (
          <Text c="dimmed" ta="center" p="xl">
            {t('courses.empty')}
          </Text>
        )}
      </Paper>
      {editing && (
        <CourseModal
          course={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            load();
          }}
        />
      )}
    </Stack>
  );
}

function CourseModal({ course, onClose, onSaved }: { course: Course | null; onClose: () => void; onSaved: () => void }) {
  const t = useAdminText();
  // Controlled: the group list offers the chosen groups by name as they are chosen.
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      title: course?.title ?? '',
      description: course?.description ?? '',
      archived: course?.archived ?? false,
      groupIds: (course?.groupIds ?? []).map(String),
    },
    validate: course
      ? schemaRules(schemas.coursesUpdate, {
          input: ({ title, description, archived }) => ({ id: course.id, title, description, archived }),
        })
      : schemaRules(schemas.coursesCreate, { input: ({ title, description }) => ({ title, description }) }),
  });
  const groupIds = form.values.groupIds;
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const found = useChannel('groups-list', { search: debounced || undefined, limit: 200 }, { onError: quietly });
  // Every group name seen so far, so chosen groups keep their names when the search moves on.
  const [seen, setSeen] = useState<Map<string, string>>(new Map());
  const labels = new Map([...seen, ...(found.data?.items ?? []).map((g) => [String(g.id), g.name] as [string, string])]);

  const save = form.onSubmit(async ({ title, description, archived }) => {
    const r = course
      ? await adminApi['courses-update']({ id: course.id, title, description, archived })
      : await adminApi['courses-create']({ title, description });
    if (!r.ok) return showFieldError(r.error, form, 'title');
    const assigned = await adminApi['course-groups-set']({ courseId: r.value.id, groupIds: groupIds.map(Number) });
    if (!assigned.ok) return showFieldError(assigned.error, form, 'title');
    notifications.show({ color: 'teal', title: t(course ? 'courses.saved' : 'courses.created'), message: r.value.title });
    onSaved();
  });

  return (
    <Modal opened onClose={onClose} title={t(course ? 'courses.modal.edit' : 'courses.modal.new')} size="lg">
      <Stack>
        <TextInput label={t('courses.modal.title')} required data-autofocus {...form.getInputProps('title')} />
        <Textarea label={t('courses.modal.description')} autosize minRows={2} {...form.getInputProps('description')} />
        <MultiSelect
          label={t('courses.modal.groups')}
          placeholder={t('courses.modal.searchGroups')}
          nothingFoundMessage={t('courses.modal.noGroup')}
          searchable
          searchValue={search}
          onSearchChange={(next) => {
            setSeen(labels);
            setSearch(next);
          }}
          data={[...new Set([...labels.keys(), ...groupIds])].map((value) => ({
            value,
            label: labels.get(value) ?? t('courses.modal.groupById', { id: value }),
          }))}
          {...form.getInputProps('groupIds')}
          filter={({ options }) => options}
          comboboxProps={{ withinPortal: true }}
        />
        {course && <Switch label={t('courses.modal.archived')} {...form.getInputProps('archived', { type: 'checkbox' })} />}
        <Row justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('courses.modal.cancel')}
          </Button>
          <Button onClick={() => save()}>{t(course ? 'courses.modal.save' : 'courses.modal.create')}</Button>
        </Row>
      </Stack>
    </Modal>
  );
}
