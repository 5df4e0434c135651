import { Anchor, Button, CopyButton, Group as Row, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCopy, IconPresentation, IconWifi } from '@tabler/icons-react';
import type { Group } from '../../../../shared/types';
import { useAdminText } from '../../i18n/admin';
import { useChannel } from '../../lib/useChannel';
import { useQrCode } from '../../lib/useQrCode';
import { routeHash, useNavigation } from '../../stores/navigation';

/** The group's room link and its QR code (phones open sign-up with the code filled in), and the presenter view. */
export function RoomLinkCard({ group }: { group: Group }) {
  const go = useNavigation((s) => s.go);
  const t = useAdminText();
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
      {t('groups.room.presenter')}
    </Button>
  );
  return (
    <Paper withBorder p="lg" radius="md" maw={640} data-testid="room-link-card">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('groups.room.title')}
        </Title>
        {!network ? null : !on ? (
          <>
            <Text size="sm">
              {t.rich('groups.room.off', {
                link: (chunks) => (
                  <Anchor
                    href={routeHash({ page: 'kiosk' })}
                    onClick={(e) => {
                      e.preventDefault();
                      go({ page: 'kiosk' });
                    }}
                  >
                    {chunks}
                  </Anchor>
                ),
              })}
            </Text>
            <Row>{presenter}</Row>
          </>
        ) : url ? (
          <Row align="flex-start" gap="lg" wrap="wrap">
            {qr && <img src={qr} alt={t('groups.room.qr', { url })} width={180} height={180} data-testid="room-link-qr" />}
            <Stack gap="xs" style={{ flex: 1, minWidth: 260 }}>
              <Text size="sm">
                <IconWifi size={14} aria-hidden /> {t('groups.room.on')}
              </Text>
              <Text fw={700} ff="monospace" size="lg" dir="ltr" data-testid="room-link-url" style={{ overflowWrap: 'anywhere' }}>
                {url}
              </Text>
              <Row gap="xs">
                <CopyButton value={url}>
                  {({ copied, copy }) => (
                    <Button variant="default" leftSection={<IconCopy size={18} />} onClick={copy}>
                      {copied ? t('groups.copied') : t('groups.room.copy')}
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
