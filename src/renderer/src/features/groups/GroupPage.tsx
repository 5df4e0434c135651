import { Anchor, Breadcrumbs, Button, Center, Group as Row, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';
import { IconBook, IconChartBar, IconFileReport, IconSettings, IconUsers } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { GroupTab } from '../../stores/navigation';
import { routeHash, useNavigation } from '../../stores/navigation';
import { GroupCourses } from '../courses/GroupCourses';
import { LearnerDrawer } from '../learners/LearnerDrawer';
import { ProgressTab } from '../reports/ProgressTab';
import { LearnersTable } from '../learners/LearnersTable';
import { CodeStateBadge } from './CodeStateBadge';
import { CodeHistory } from './CodeHistory';
import { useCurrentGroup } from './currentGroup';
import { GroupDetails } from './GroupDetails';
import { JoinCodeCard } from './JoinCodeCard';
import { SignupControls } from './SignupControls';
import { RoomLinkCard } from './RoomLink';
import { useGroupLive } from '../../lib/useLive';
import { useAdminText } from '../../i18n/admin';

export function GroupPage({ id, tab }: { id: number; tab: GroupTab }) {
  const go = useNavigation((s) => s.go);
  const group = useCurrentGroup((s) => s.group);
  const missing = useCurrentGroup((s) => s.missing);
  const load = useCurrentGroup((s) => s.load);
  const reload = useCurrentGroup((s) => s.reload);
  const reset = useCurrentGroup((s) => s.reset);
  const [openLearner, setOpenLearner] = useState<number | null>(null);
  const t = useAdminText();

  // Fresh counts whenever the admin switches tabs or comes back from the kiosk window.
  useEffect(() => {
    void load(id);
  }, [id, tab, load]);
  useEffect(() => reset, [reset]);
  useWindowEvent('focus', reload);
  // Arrivals show by themselves: when the live count moves, the group (and its member list) is read again.
  const liveCount = useGroupLive(id)?.memberCount;
  const shownCount = group?.id === id ? group.memberCount : undefined;
  useEffect(() => {
    if (liveCount !== undefined && shownCount !== undefined && liveCount !== shownCount) reload();
  }, [liveCount, shownCount, reload]);

  if (missing) return <Text>{t('groups.page.missing')}</Text>;
  if (!group) {
    return (
      <Center p="xl">
        <Loader size="sm" />
      </Center>
    );
  }
  return (
    <Stack gap="md" maw={1100}>
      <Breadcrumbs>
        <Anchor
          href={routeHash({ page: 'groups' })}
          onClick={(e) => {
            e.preventDefault();
            go({ page: 'groups' });
          }}
        >
          {t('groups.list.title')}
        </Anchor>
        <Text>
          <bdi>{group.name}</bdi>
        </Text>
      </Breadcrumbs>
      <div>
        <Row gap="sm" justify="space-between">
          <Row gap="sm">
            <Title order={2}>
              <bdi>{group.name}</bdi>
            </Title>
            <CodeStateBadge state={group.codeState} />
          </Row>
          <Button
            variant="default"
            leftSection={<IconFileReport size={18} />}
            onClick={() => go({ page: 'report', id: group.id })}
          >
            {t('groups.page.report')}
          </Button>
        </Row>
        {group.description && (
          <Text c="dimmed">
            <bdi>{group.description}</bdi>
          </Text>
        )}
      </div>
      <Tabs value={tab} onChange={(v) => go({ page: 'group', id, tab: (v as GroupTab | null) ?? 'members' })}>
        <Tabs.List>
          <Tabs.Tab value="members" leftSection={<IconUsers size={16} />}>
            {t('groups.tab.members', { n: group.memberCount })}
          </Tabs.Tab>
          <Tabs.Tab value="courses" leftSection={<IconBook size={16} />}>
            {t('groups.tab.courses')}
          </Tabs.Tab>
          <Tabs.Tab value="progress" leftSection={<IconChartBar size={16} />}>
            {t('groups.tab.progress')}
          </Tabs.Tab>
          <Tabs.Tab value="settings" leftSection={<IconSettings size={16} />}>
            {t('groups.tab.settings')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="members" pt="md">
          <LearnersTable
            groupId={group.id}
            version={group.memberCount}
            onOpen={(l) => setOpenLearner(l.id)}
            emptyText={t('groups.page.membersEmpty')}
          />
          <LearnerDrawer id={openLearner} onClose={() => setOpenLearner(null)} onChanged={reload} />
        </Tabs.Panel>
        <Tabs.Panel value="courses" pt="md">
          {tab === 'courses' && <GroupCourses groupId={group.id} groupName={group.name} />}
        </Tabs.Panel>
        <Tabs.Panel value="progress" pt="md">
          {tab === 'progress' && <ProgressTab groupId={group.id} />}
        </Tabs.Panel>
        <Tabs.Panel value="settings" pt="md">
          <Stack gap="lg">
            <JoinCodeCard group={group} />
            <RoomLinkCard group={group} />
            <SignupControls key={`${group.id}-${group.codeChangedAt}`} group={group} />
            <CodeHistory group={group} />
            <GroupDetails key={group.id} group={group} />
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
