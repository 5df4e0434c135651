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
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import type { Course } from '../../../../shared/types';
import { adminApi } from '../../api';
import { callOrNotify } from '../../lib/call';

export function CoursesPage() {
  const [courses, setCourses] = useState<Course[]>([]);
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Course | 'new' | null>(null);
  const load = useCallback(
    () => void callOrNotify(adminApi['courses-list']({ includeArchived: showArchived })).then((list) => list && setCourses(list)),
    [showArchived],
  );
  useEffect(load, [load]);

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
                <Table.Td ta="right">{c.groupIds.length}</Table.Td>
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
  const [title, setTitle] = useState(course?.title ?? '');
  const [description, setDescription] = useState(course?.description ?? '');
  const [archived, setArchived] = useState(course?.archived ?? false);
  const [groupIds, setGroupIds] = useState<string[]>((course?.groupIds ?? []).map(String));
  const [labels, setLabels] = useState<Map<string, string>>(new Map());
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void adminApi['groups-list']({ search: debounced || undefined, limit: 200 }).then((r) => {
      if (r.ok) setLabels((m) => new Map([...m, ...r.value.items.map((g) => [String(g.id), g.name] as [string, string])]));
    });
  }, [debounced]);

  const save = async () => {
    const r = course
      ? await adminApi['courses-update']({ id: course.id, title, description, archived })
      : await adminApi['courses-create']({ title, description });
    if (!r.ok) return setError(r.error.message);
    const assigned = await adminApi['course-groups-set']({ courseId: r.value.id, groupIds: groupIds.map(Number) });
    if (!assigned.ok) return setError(assigned.error.message);
    notifications.show({ color: 'teal', title: course ? 'Course saved' : 'Course created', message: r.value.title });
    onSaved();
  };

  return (
    <Modal opened onClose={onClose} title={course ? 'Edit course' : 'New course'} size="lg">
      <Stack>
        <TextInput
          label="Title"
          required
          data-autofocus
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={error}
        />
        <Textarea
          label="Description"
          autosize
          minRows={2}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
        />
        <MultiSelect
          label="Groups that get this course"
          placeholder="Search groups"
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          data={[...new Set([...labels.keys(), ...groupIds])].map((value) => ({
            value,
            label: labels.get(value) ?? `Group #${value}`,
          }))}
          value={groupIds}
          onChange={setGroupIds}
          filter={({ options }) => options}
          comboboxProps={{ withinPortal: true }}
        />
        {course && (
          <Switch
            label="Archived (hidden from learners and new assignments)"
            checked={archived}
            onChange={(e) => setArchived(e.currentTarget.checked)}
          />
        )}
        <Row justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => void save()}>{course ? 'Save course' : 'Create course'}</Button>
        </Row>
      </Stack>
    </Modal>
  );
}
