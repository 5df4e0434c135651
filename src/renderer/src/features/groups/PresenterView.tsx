import { Badge, Box, Button, Center, Group as Row, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMaximize, IconWifiOff } from '@tabler/icons-react';
import { useEffect } from 'react';
import { BackArrow } from '../../components/BackArrow';
import { errorWords, useAdminText } from '../../i18n/admin';
import { useGroupLive } from '../../lib/useLive';
import { useChannel } from '../../lib/useChannel';
import { useQrCode } from '../../lib/useQrCode';
import { useNavigation } from '../../stores/navigation';
import { typedAddress } from './roomAddress';

/**
 * The projector's page (DESIGN §5): the group's name, a large QR code of its room link, the short
 * address to type, and who has joined so far — updating by itself as people sign up.
 */
export function PresenterView({ id }: { id: number }) {
  const go = useNavigation((s) => s.go);
  const t = useAdminText();
  const link = useChannel('group-room-link', { groupId: id }, { onError: () => undefined });
  const live = useGroupLive(id);
  const url = link.data?.url ?? null;
  const qr = useQrCode(url, 900);
  const back = () => go({ page: 'group', id, tab: 'settings' });
  // The room sees this screen: the admin's own messages ("Group created") are not for it.
  useEffect(() => notifications.clean(), []);

  const toolbar = (
    <Row justify="space-between" p="md" style={{ position: 'absolute', inset: '0 0 auto 0' }}>
      <Button variant="subtle" color="gray" leftSection={<BackArrow />} onClick={back}>
        {t('groups.presenter.back')}
      </Button>
      <Button
        variant="subtle"
        color="gray"
        leftSection={<IconMaximize size={18} />}
        onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}
      >
        {t('groups.presenter.fullScreen')}
      </Button>
    </Row>
  );

  if (link.error) {
    return (
      <Center mih="100vh" p="xl" component="main">
        {toolbar}
        <Stack align="center" ta="center" maw={640}>
          <IconWifiOff size={64} aria-hidden />
          <Title order={1}>{t('groups.presenter.off')}</Title>
          <Text size="lg">{errorWords(link.error, t)}</Text>
          <Button size="lg" onClick={() => go({ page: 'kiosk' })}>
            {t('groups.presenter.toKiosk')}
          </Button>
        </Stack>
      </Center>
    );
  }
  if (!url || !qr || !live) {
    return (
      <Center mih="100vh">
        <Loader size="sm" />
      </Center>
    );
  }
  const count = live.memberCount;
  return (
    <Box component="main" mih="100vh" p={48} pt={72} bg="white" data-testid="presenter-view" style={{ position: 'relative' }}>
      {toolbar}
      <Row align="center" justify="center" gap={64} wrap="nowrap" h="calc(100vh - 120px)">
        <img
          src={qr}
          alt={t('groups.presenter.qr', { url })}
          data-testid="presenter-qr"
          style={{ width: 'min(46vw, calc(100vh - 160px))', height: 'auto', imageRendering: 'pixelated' }}
        />
        <Stack gap="xl" maw={820} style={{ flex: 1 }}>
          <div>
            <Text fz={28} fw={700} c="dark.6" tt="uppercase">
              {t('groups.presenter.join')}
            </Text>
            <Title order={1} fz={64} lh={1.1}>
              {live.name}
            </Title>
          </div>
          <div>
            <Text fz={28} c="dark.6">
              {t('groups.presenter.scan')}
            </Text>
            <Text fz={44} fw={700} ff="monospace" dir="ltr" data-testid="presenter-address" style={{ overflowWrap: 'anywhere' }}>
              {typedAddress(url)}
            </Text>
          </div>
          <div aria-live="polite" data-testid="presenter-arrivals">
            <Text fz={36} fw={700}>
              {t('groups.presenter.arrivals', { n: count })}
            </Text>
            <Row gap="xs" mt="sm">
              {live.recent.slice(0, 40).map((m) => (
                <Badge
                  key={m.id}
                  radius="sm"
                  variant="filled"
                  color="teal.9"
                  tt="none"
                  styles={{ root: { fontSize: 26, height: 48, paddingInline: 18 } }}
                >
                  {m.firstName}
                </Badge>
              ))}
            </Row>
          </div>
        </Stack>
      </Row>
    </Box>
  );
}
