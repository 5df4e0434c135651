import { Anchor, Breadcrumbs, Center, Group as Row, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';
import { IconSettings, IconUsers } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { Group } from '../../../../shared/types';
import { adminApi } from '../../api';
import { notifyError } from '../../lib/call';
import type { GroupTab } from '../../stores/navigation';
import { routeHash, useNavigation } from '../../stores/navigation';
import { LearnersTable } from '../learners/LearnersTable';
import { CodeStateBadge } from './CodeStateBadge';
import { CodeHistory } from './CodeHistory';
import { GroupDetails } from './GroupDetails';
import { JoinCodeCard } from './JoinCodeCard';
import { SignupControls } from './SignupControls';

export function GroupPage({ id, tab }: { id: number; tab: GroupTab }) {
  const go = useNavigation((s) => s.go);
  const [group, setGroup] = useState<Group | null>(null);
  const [missing, setMissing] = useState(false);

  const [version, setVersion] = useState(0);

  // Fresh counts whenever the admin switches tabs or comes back from the kiosk window.
  useEffect(() => {
    let current = true;
    void adminApi['groups-get']({ id }).then((result) => {
      if (!current) return;
      if (result.ok) setGroup(result.value);
      else if (result.error.code === 'not-found') setMissing(true);
      else notifyError(result.error);
    });
    return () => {
      current = false;
    };
  }, [id, tab, version]);
  useWindowEvent('focus', () => setVersion((v) => v + 1));

  if (missing) return <Text>That group no longer exists.</Text>;
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
          Groups
        </Anchor>
        <Text>{group.name}</Text>
      </Breadcrumbs>
      <div>
        <Row gap="sm">
          <Title order={2}>{group.name}</Title>
          <CodeStateBadge state={group.codeState} />
        </Row>
        {group.description && <Text c="dimmed">{group.description}</Text>}
      </div>
      <Tabs value={tab} onChange={(t) => go({ page: 'group', id, tab: t === 'settings' ? 'settings' : 'members' })}>
        <Tabs.List>
          <Tabs.Tab value="members" leftSection={<IconUsers size={16} />}>
            Members ({group.memberCount.toLocaleString()})
          </Tabs.Tab>
          <Tabs.Tab value="settings" leftSection={<IconSettings size={16} />}>
            Settings
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="members" pt="md">
          <LearnersTable groupId={group.id} emptyText="No one has joined this group yet. Share its join code from Settings." />
        </Tabs.Panel>
        <Tabs.Panel value="settings" pt="md">
          <Stack gap="lg">
            <JoinCodeCard group={group} onChange={setGroup} />
            <SignupControls key={`${group.id}-${group.codeChangedAt}`} group={group} onChange={setGroup} />
            <CodeHistory group={group} />
            <GroupDetails key={group.id} group={group} onChange={setGroup} />
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
