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
import { showFieldError } from '../../lib/call';
import { formatNumber } from '../../lib/format';
import { schemaRules } from '../../lib/form';
import { useChannel } from '../../lib/useChannel';

// The group list only helps typing: when a search fails, the field just offers what it had.
const quietly = () => undefined;

export function CoursesPage() {
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Course | 'new' | null>(null);
  const list = useChannel('courses-list', { includeArchived: showArchived });
  const courses = list.data ?? [];
  const load = list.reload;

  return (
    <Stack maw={1000}>
      <Row justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Courses</Title>
          <Text size="sm" c="dimmed">
            Assign courses to groups here or on a group’s page. Learners get their group’s courses when they join.
          </Text>
        </div>
        <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing('new')}>
          New course
        </Button>
      </Row>
      <Switch label="Show archived courses" checked={showArchived} onChange={(e) => setShowArchived(e.currentTarget.checked)} />
      <Paper withBorder radius="md">
        <Table aria-label="Courses" verticalSpacing="sm" horizontalSpacing="md">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Course</Table.Th>
              <Table.Th ta="right">Groups</Table.Th>
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
                        Archived
                      </Badge>
                    )}
                  </Row>
                  {c.description && (
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {c.description}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">{formatNumber(c.groupIds.length)}</Table.Td>
                <Table.Td ta="right">
                  <Button variant="default" size="xs" onClick={() => setEditing(c)} aria-label={`Edit ${c.title}`}>
                    Edit
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {courses.length === 0 && (
          <Text c="dimmed" ta="center" p="xl">
            No courses yet.
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
    notifications.show({ color: 'teal', title: course ? 'Course saved' : 'Course created', message: r.value.title });
    onSaved();
  });

  return (
    <Modal opened onClose={onClose} title={course ? 'Edit course' : 'New course'} size="lg">
      <Stack>
        <TextInput label="Title" required data-autofocus {...form.getInputProps('title')} />
        <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
        <MultiSelect
          label="Groups that get this course"
          placeholder="Search groups"
          searchable
          searchValue={search}
          onSearchChange={(next) => {
            setSeen(labels);
            setSearch(next);
          }}
          data={[...new Set([...labels.keys(), ...groupIds])].map((value) => ({
            value,
            label: labels.get(value) ?? `Group #${value}`,
          }))}
          {...form.getInputProps('groupIds')}
          filter={({ options }) => options}
          comboboxProps={{ withinPortal: true }}
        />
        {course && (
          <Switch
            label="Archived (hidden from learners and new assignments)"
            {...form.getInputProps('archived', { type: 'checkbox' })}
          />
        )}
        <Row justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => save()}>{course ? 'Save course' : 'Create course'}</Button>
        </Row>
      </Stack>
    </Modal>
  );
}
