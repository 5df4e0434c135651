import { Button, Group as Row, MultiSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { adminApi } from '../../api';
import { callOrNotify } from '../../lib/call';
import { count } from '../../lib/format';
import { useChannel } from '../../lib/useChannel';

/** The courses a group gets: what its joiners see on the kiosk's success screen. */
export function GroupCourses({ groupId, groupName }: { groupId: number; groupName: string }) {
  const courses = useChannel('courses-list', {}, { refresh: [groupId] }).data;
  // What the admin picks, once they pick; until then the group's courses as read.
  const [picked, setPicked] = useState<{ groupId: number; ids: string[] } | null>(null);
  const selected =
    picked?.groupId === groupId
      ? picked.ids
      : (courses ?? []).filter((c) => c.groupIds.includes(groupId)).map((c) => String(c.id));
  const setSelected = (ids: string[]) => setPicked({ groupId, ids });

  const save = async () => {
    const value = await callOrNotify(adminApi['group-courses-set']({ groupId, courseIds: selected.map(Number) }));
    if (value)
      notifications.show({
        color: 'teal',
        title: 'Courses saved',
        message: `${groupName} now has ${count(value.length, 'course', 'courses')}.`,
      });
  };

  return (
    <Paper withBorder radius="md" p="lg" maw={720}>
      <Stack>
        <Title order={3} size="h4">
          Courses for this group
        </Title>
        <Text size="sm" c="dimmed">
          Everyone in {groupName} gets these. Learners who join with the code see them as soon as they have signed up — no course
          code needed.
        </Text>
        {courses && courses.length === 0 ? (
          <Text size="sm">No courses yet. Create them under Training › Courses.</Text>
        ) : (
          <MultiSelect
            label="Courses"
            placeholder="Choose courses"
            searchable
            data={(courses ?? []).map((c) => ({ value: String(c.id), label: c.title }))}
            value={selected}
            onChange={setSelected}
            nothingFoundMessage="No course by that name"
          />
        )}
        <Row>
          <Button onClick={() => void save()} disabled={!courses}>
            Save courses
          </Button>
        </Row>
      </Stack>
    </Paper>
  );
}
