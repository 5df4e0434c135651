import { Anchor, Button, CopyButton, Group as Row, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCopy, IconPresentation, IconWifi } from '@tabler/icons-react';
import type { Group } from '../../../../shared/types';
import { useChannel } from '../../lib/useChannel';
import { useQrCode } from '../../lib/useQrCode';
import { routeHash, useNavigation } from '../../stores/navigation';

/** The group's room link and its QR code (phones open sign-up with the code filled in), and the presenter view. */
export function RoomLinkCard({ group }: { group: Group }) {
  const go = useNavigation((s) => s.go);
  const network = useChannel('network-status', {}).data;
  const on = network?.enabled === true;
  const link = useChannel('group-room-link', on ? { groupId: group.id } : null, {
    refresh: [group.codeChangedAt, network?.url],
    onError: () => undefined,
  }).data;
  const url = on ? (link?.url ?? null) : null;
  const qr = useQrCode(url, 360);
  const presenter = (
    <Button
      variant="default"
      leftSection={<IconPresentation size={18} />}
      onClick={() => go({ page: 'presenter', id: group.id })}
    >
      Presenter view
    </Button>
  );
  return (
    <Paper withBorder p="lg" radius="md" maw={640} data-testid="room-link-card">
      <Stack gap="sm">
        <Title order={3} size="h4">
          Sign-up on phones in the room
        </Title>
        {!network ? null : !on ? (
          <>
            <Text size="sm">
              Learners can sign up on their own phones by scanning a QR code, once JoinDesk shares sign-up with the room on the{' '}
              <Anchor
                href={routeHash({ page: 'kiosk' })}
                onClick={(e) => {
                  e.preventDefault();
                  go({ page: 'kiosk' });
                }}
              >
                Kiosk page
              </Anchor>
              .
            </Text>
            <Row>{presenter}</Row>
          </>
        ) : url ? (
          <Row align="flex-start" gap="lg" wrap="wrap">
            {qr && <img src={qr} alt={`QR code of the room link ${url}`} width={180} height={180} data-testid="room-link-qr" />}
            <Stack gap="xs" style={{ flex: 1, minWidth: 260 }}>
              <Text size="sm">
                <IconWifi size={14} aria-hidden /> Phones on the same network scan this code, or open this address, to sign up
                with this group&apos;s code filled in:
              </Text>
              <Text fw={700} ff="monospace" size="lg" data-testid="room-link-url" style={{ overflowWrap: 'anywhere' }}>
                {url}
              </Text>
              <Row gap="xs">
                <CopyButton value={url}>
                  {({ copied, copy }) => (
                    <Button variant="default" leftSection={<IconCopy size={18} />} onClick={copy}>
                      {copied ? 'Copied' : 'Copy link'}
                    </Button>
                  )}
                </CopyButton>
                {presenter}
              </Row>
            </Stack>
          </Row>
        ) : null}
      </Stack>
    </Paper>
  );
}
