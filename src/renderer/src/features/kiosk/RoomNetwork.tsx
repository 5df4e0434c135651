import { Alert, Autocomplete, Checkbox, Group as Row, List, NumberInput, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconWifi, IconWifiOff } from '@tabler/icons-react';
import { useState } from 'react';
import { schemas } from '../../../../shared/schemas';
import type { NetworkStatus } from '../../../../shared/types';
import { ROOM_DEFAULT_PORT } from '../../../../shared/types';
import { adminApi } from '../../api';
import { useAdminText } from '../../i18n/admin';
import { showFieldError } from '../../lib/call';
import { schemaRules } from '../../lib/form';
import { useChannel } from '../../lib/useChannel';
import { StationsPanel } from './Stations';

/** The room network (DESIGN §5): off until the admin turns it on here, on the network they pick. */
export function RoomNetworkPanel() {
  const { data: status, set } = useChannel('network-status', {});
  if (!status) return null;
  return (
    <>
      <RoomNetworkFields status={status} onChange={set} />
      <StationsPanel roomOpen={status.enabled} />
    </>
  );
}

function RoomNetworkFields({ status, onChange }: { status: NetworkStatus; onChange: (s: NetworkStatus) => void }) {
  const t = useAdminText();
  const [busy, setBusy] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      address: status.address ?? status.addresses[0]?.address ?? '',
      port: status.port || ROOM_DEFAULT_PORT,
    },
    validate: schemaRules(schemas.networkSet, {
      input: (v: { address: string; port: number | string }) => ({
        enabled: true,
        address: v.address,
        port: Number(v.port) || 0,
      }),
    }),
  });
  // The machine's addresses, under the name of the interface that has each (Wi-Fi, Ethernet, a hotspot…).
  const byInterface = new Map<string, string[]>();
  for (const a of status.addresses) byInterface.set(a.interface, [...(byInterface.get(a.interface) ?? []), a.address]);
  const data = [...byInterface].map(([group, items]) => ({ group, items }));

  const allowPhones = async (phonesAllowed: boolean) => {
    setBusy(true);
    const r = await adminApi['network-set']({ enabled: status.enabled, phonesAllowed });
    setBusy(false);
    if (!r.ok) return showFieldError(r.error, form, 'address');
    onChange(r.value);
  };

  const turn = async (enabled: boolean) => {
    if (enabled && form.validate().hasErrors) return;
    setBusy(true);
    const { address, port } = form.getValues();
    const r = await adminApi['network-set'](enabled ? { enabled, address, port: Number(port) } : { enabled });
    setBusy(false);
    if (!r.ok) return showFieldError(r.error, form, 'address');
    onChange(r.value);
  };

  return (
    <Paper withBorder p="lg" radius="md" data-testid="room-network">
      <Stack>
        <Title order={3} size="h4">
          {t('kiosk.room.title')}
        </Title>
        <Text size="sm">{t('kiosk.room.intro')}</Text>
        {status.addresses.length === 0 && (
          <Alert color="yellow" icon={<IconWifiOff />} title={t('kiosk.room.noNetwork.title')}>
            {t('kiosk.room.noNetwork.body')}
          </Alert>
        )}
        <Row align="flex-start" gap="md">
          <Autocomplete
            label={t('kiosk.room.network')}
            description={t('kiosk.room.networkHint')}
            placeholder={t('kiosk.room.networkExample', { address: '192.168.1.20' })}
            dir="ltr"
            data={data}
            disabled={status.enabled || busy}
            maw={320}
            style={{ flex: 1 }}
            {...form.getInputProps('address')}
          />
          <NumberInput
            label={t('kiosk.room.port')}
            description={t('kiosk.room.portHint', { port: String(ROOM_DEFAULT_PORT) })}
            min={1024}
            max={65535}
            allowDecimal={false}
            disabled={status.enabled || busy}
            w={140}
            {...form.getInputProps('port')}
          />
        </Row>
        <Switch
          size="md"
          label={t('kiosk.room.open')}
          checked={status.enabled}
          disabled={busy}
          onChange={(e) => void turn(e.currentTarget.checked)}
        />
        <Checkbox
          label={t('kiosk.room.phones')}
          description={t('kiosk.room.phonesHint')}
          checked={status.phonesAllowed}
          disabled={busy}
          onChange={(e) => void allowPhones(e.currentTarget.checked)}
        />
        {status.enabled && status.url ? (
          <Alert color="teal" icon={<IconWifi />} data-testid="room-address">
            <Text>
              {t.rich('kiosk.room.isOpen', {
                url: status.url,
                b: (chunks) => <strong>{chunks}</strong>,
                ltr: (chunks) => <bdi dir="ltr">{chunks}</bdi>,
              })}
            </Text>
          </Alert>
        ) : (
          <Text size="sm" c="dimmed" data-testid="room-off">
            {t('kiosk.room.isOff')}
          </Text>
        )}
        <List size="sm" spacing={4}>
          <List.Item>{t('kiosk.room.point.onlySignUp')}</List.Item>
          <List.Item>{t('kiosk.room.point.plainHttp')}</List.Item>
        </List>
      </Stack>
    </Paper>
  );
}
