import { Button, Group as Row, MultiSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { adminApi } from '../../api';
import { useAdminText } from '../../i18n/admin';
import { callOrNotify } from '../../lib/call';
import { useChannel } from '../../lib/useChannel';

/** The courses a group gets: what its joiners see on the kiosk's success screen. */
export function GroupCourses({ groupId, groupName }: { groupId: number; groupName: string }) {
  const t = useAdminText();
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
        title: t('courses.group.saved'),
        message: t('courses.group.savedMessage', { group: groupName, n: value.length }),
      });
  };

  return (
    <Paper withBorder radius="md" p="lg" maw={720}>
      <Stack>
        <Title order={3} size="h4">
          {t('courses.group.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('courses.group.intro', { group: groupName })}
        </Text>
        {courses && courses.length === 0 ? (
          <Text size="sm">{t('courses.group.none')}</Text>
        ) : (
          <MultiSelect
            label={t('courses.group.label')}
            placeholder={t('courses.group.placeholder')}
            searchable
            data={(courses ?? []).map((c) => ({ value: String(c.id), label: c.title }))}
            value={selected}
            onChange={setSelected}
            nothingFoundMessage={t('courses.group.nothingFound')}
          />
        )}
        <Row>
          <Button onClick={() => void save()} disabled={!courses}>
            {t('courses.group.save')}
          </Button>
        </Row>
      </Stack>
    </Paper>
  );
}
