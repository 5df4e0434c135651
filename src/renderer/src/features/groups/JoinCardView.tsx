import { Anchor, Button, Center, Group as Row, List, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf } from '@tabler/icons-react';
import { CODE_TYPING_HINT, JOIN_STEPS } from '../../../../shared/invitation';
import type { Group } from '../../../../shared/types';
import { adminApi } from '../../api';
import { callOrNotify } from '../../lib/call';
import { formatDateTime } from '../../lib/dates';
import { useChannel } from '../../lib/useChannel';
import { useQrCode } from '../../lib/useQrCode';
import { typedAddress } from './roomAddress';
import { routeHash, useNavigation } from '../../stores/navigation';
import { PrintSheet, printClasses } from '../../components/PrintSheet';

/** When sign-up with the code is possible, as the card tells learners; null when it is always open. */
function signupWindow(group: Group, now = Date.now()): string | null {
  const opens = group.validFrom && Date.parse(group.validFrom) > now ? formatDateTime(group.validFrom) : null;
  const closes = group.validUntil ? formatDateTime(group.validUntil) : null;
  if (opens && closes) return `Sign-up opens on ${opens} and closes on ${closes}.`;
  if (opens) return `Sign-up opens on ${opens}.`;
  if (closes) return group.codeState === 'expired' ? `Sign-up closed on ${closes}.` : `Sign-up closes on ${closes}.`;
  return null;
}

/**
 * A printable A4 join card: the organisation, the group, its code in large type, a QR code of it,
 * when sign-up closes, and how to join.
 */
export function JoinCardView({ id }: { id: number }) {
  const go = useNavigation((s) => s.go);
  const group = useChannel('groups-get', { id }).data;
  const orgName = useChannel('kiosk-settings-get', {}).data?.orgName;
  const joinCode = group?.id === id ? group.joinCode : null;
  // While the room network is on, the QR code is the group's room link (a phone opens sign-up with
  // the code filled in); otherwise the code itself. Drawn here, not read: it follows what the card shows.
  const network = useChannel('network-status', {}).data;
  const roomLink = useChannel('group-room-link', network?.enabled ? { groupId: id } : null, { onError: () => undefined }).data;
  const roomUrl = network?.enabled ? (roomLink?.url ?? null) : null;
  const qr = useQrCode(network === null || (network.enabled && roomUrl === null) ? null : (roomUrl ?? joinCode));

  const when = group ? signupWindow(group) : null;

  const savePdf = async () => {
    const value = await callOrNotify(adminApi['join-card-pdf']({ groupId: id }));
    if (!value) return;
    if (value.handledBy === 'browser') window.print();
    else if (value.savedTo) notifications.show({ color: 'teal', title: 'Join card saved', message: value.savedTo });
  };

  if (!group || group.id !== id || qr === null || orgName === undefined) {
    return (
      <Center mih="100vh">
        <Loader size="sm" />
      </Center>
    );
  }
  return (
    <PrintSheet
      backLabel={`Back to ${group.name}`}
      onBack={() => go({ page: 'group', id, tab: 'settings' })}
      testId="join-card"
      action={
        <Row gap="md">
          {!orgName && (
            <Anchor
              href={routeHash({ page: 'settings' })}
              onClick={(e) => {
                e.preventDefault();
                go({ page: 'settings' });
              }}
            >
              Add your organisation’s name
            </Anchor>
          )}
          <Button leftSection={<IconFileTypePdf size={18} />} onClick={() => void savePdf()}>
            Save as PDF
          </Button>
        </Row>
      }
    >
      <Stack gap="lg">
        <div>
          {orgName && (
            <Text size="xl" fw={700} mb="sm" data-testid="join-card-org">
              {orgName}
            </Text>
          )}
          <Text size="sm" tt="uppercase" fw={700} c="dimmed">
            Join code for
          </Text>
          <Title order={1}>{group.name}</Title>
        </div>
        <div className={printClasses.code} data-testid="join-card-code">
          {group.joinCode}
        </div>
        <img
          className={printClasses.qr}
          src={qr}
          alt={roomUrl ? `QR code of the room link ${roomUrl}` : `QR code of the join code ${group.joinCode}`}
        />
        {when && (
          <Text ta="center" size="lg" fw={600} data-testid="join-card-window">
            {when}
          </Text>
        )}
        {roomUrl && (
          <Text ta="center" size="lg" data-testid="join-card-room-link">
            On this room&apos;s Wi-Fi, scan it with your phone&apos;s camera, or open <strong>{typedAddress(roomUrl)}</strong>
          </Text>
        )}
        <div>
          <Title order={2} size="h3" mb="xs">
            How to join
          </Title>
          <List type="ordered" spacing="xs" size="lg">
            {JOIN_STEPS.map((step) => (
              <List.Item key={step}>{step}</List.Item>
            ))}
          </List>
          <Text mt="sm" c="dimmed">
            {CODE_TYPING_HINT}
          </Text>
        </div>
      </Stack>
    </PrintSheet>
  );
}
