import { Center, Paper, Stack, Text, Title } from '@mantine/core';

/** A browser tab that was not opened from a sign-in link may do nothing: it says how to get one. */
export function SignInNeeded() {
  return (
    <Center mih="100vh" p="lg">
      <Paper withBorder radius="md" p="xl" maw={520}>
        <Stack>
          <Title order={1} size="h3">
            This tab is not signed in
          </Title>
          <Text>
            Open JoinDesk from a sign-in link. Each link works once, in the tab that opens it: press Enter in the terminal where{' '}
            <code>npm run serve</code> runs for fresh ones, or use Start kiosk in the admin screens.
          </Text>
        </Stack>
      </Paper>
    </Center>
  );
}
