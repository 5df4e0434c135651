import { Alert, Autocomplete, Checkbox, Group as Row, List, NumberInput, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconWifi, IconWifiOff } from '@tabler/icons-react';
import { useState } from 'react';
import { schemas } from '../../../../shared/schemas';
import type { NetworkStatus } from '../../../../shared/types';
import { ROOM_DEFAULT_PORT } from '../../../../shared/types';
import { adminApi } from '../../api';
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
          Sign-up from the room
        </Title>
        <Text size="sm">
          Learners sign up on their own phones: they scan a group&apos;s QR code (on its page, its presenter view or its join
          card) and the sign-up page opens with the group&apos;s code filled in. Nothing leaves the room: phones talk to this
          computer over the network you choose.
        </Text>
        {status.addresses.length === 0 && (
          <Alert color="yellow" icon={<IconWifiOff />} title="No network to share on">
            This computer is not connected to a network right now. Join the room&apos;s Wi-Fi, or start a hotspot on this
            computer, then come back to this page.
          </Alert>
        )}
        <Row align="flex-start" gap="md">
          <Autocomplete
            label="Network"
            description="This computer's address on the network people in the room use."
            placeholder="e.g. 192.168.1.20"
            data={data}
            disabled={status.enabled || busy}
            maw={320}
            style={{ flex: 1 }}
            {...form.getInputProps('address')}
          />
          <NumberInput
            label="Port"
            description="5184 unless another program uses it."
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
          label="Let phones and other screens in this room sign up"
          checked={status.enabled}
          disabled={busy}
          onChange={(e) => void turn(e.currentTarget.checked)}
        />
        <Checkbox
          label="Phones may sign up with a group's room link"
          description="Off: only paired stations (below) can sign people up."
          checked={status.phonesAllowed}
          disabled={busy}
          onChange={(e) => void allowPhones(e.currentTarget.checked)}
        />
        {status.enabled && status.url ? (
          <Alert color="teal" icon={<IconWifi />} data-testid="room-address">
            <Text>
              <strong>Open to the room.</strong> People in the room use <strong>{status.url}</strong>. Each group&apos;s page
              shows its own link and QR code.
            </Text>
          </Alert>
        ) : (
          <Text size="sm" c="dimmed" data-testid="room-off">
            Off: nothing on the network can reach JoinDesk. It stays off after a restart until you turn it on here.
          </Text>
        )}
        <List size="sm" spacing={4}>
          <List.Item>Only the sign-up page is shared. Admin pages do not exist on that address, whatever anyone sends.</List.Item>
          <List.Item>
            The connection is plain HTTP: someone on the same Wi-Fi could read what a learner types (name, email, join code). The
            join code still decides who gets in, and every phone is limited in how many wrong codes it may try.
          </List.Item>
        </List>
      </Stack>
    </Paper>
  );
}
