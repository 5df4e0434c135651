import { Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDeviceDesktop } from '@tabler/icons-react';
import { adminApi } from '../../api';
import { callOrNotify } from '../../lib/call';

/** Opens the sign-up screen: a kiosk window in the desktop app, a kiosk tab in serve mode. */
export function KioskLauncher() {
  const open = async () => {
    const value = await callOrNotify(adminApi['kiosk-open']({}));
    if (value?.url) window.open(value.url, '_blank', 'noopener');
  };
  return (
    <Stack maw={720}>
      <Title order={2}>Kiosk</Title>
      <Paper withBorder p="lg" radius="md">
        <Stack>
          <Text>
            The kiosk is the sign-up screen for learners. Each learner enters their full name, email and their group's join code,
            and lands in that group with its courses.
          </Text>
          <List size="sm" spacing={4}>
            <List.Item>It can only register learners: it cannot see or change groups, codes or other learners.</List.Item>
            <List.Item>After each sign-up it shows the learner their group, then clears itself for the next person.</List.Item>
          </List>
          <div>
            <Button size="md" leftSection={<IconDeviceDesktop size={18} />} onClick={() => void open()}>
              Open kiosk
            </Button>
          </div>
        </Stack>
      </Paper>
    </Stack>
  );
}
