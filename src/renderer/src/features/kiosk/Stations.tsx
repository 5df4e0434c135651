import { Alert, Button, Group as Row, Modal, Paper, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconDeviceTablet, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { schemas } from '../../../../shared/schemas';
import type { Station } from '../../../../shared/types';
import { adminApi } from '../../api';
import { formatDateTime } from '../../lib/dates';
import { callOrNotify, showFieldError } from '../../lib/call';
import { schemaRules } from '../../lib/form';
import { usePollTick } from '../../lib/useLive';
import { useChannel } from '../../lib/useChannel';
import { useQrCode } from '../../lib/useQrCode';
import { useCountdown } from './useCountdown';

interface Pairing {
  /** Stations that existed before this one: the new one is the paired station not among them. */
  known: number[];
  name: string;
  pairingCode: string;
  url: string;
  expiresAt: string;
}

/** Paired stations: spare laptops and tablets showing the full kiosk on the room network. */
export function StationsPanel({ roomOpen }: { roomOpen: boolean }) {
  const [pairing, setPairing] = useState<Pairing | null>(null);
  const [adding, setAdding] = useState(false);
  // Polled like the other live views, so "last seen" and sign-ups move, and a pairing shows at once.
  const tick = usePollTick(true);
  const { data: stations, reload } = useChannel('stations-list', {}, { refresh: [tick] });

  const remove = async (s: Station) => {
    if (!(await callOrNotify(adminApi['station-remove']({ id: s.id })))) return;
    notifications.show({ color: 'teal', title: 'Station removed', message: `${s.name} can no longer sign anyone up.` });
    reload();
  };

  return (
    <Paper withBorder p="lg" radius="md" data-testid="stations">
      <Stack>
        <Row justify="space-between">
          <Title order={3} size="h4">
            Stations
          </Title>
          <Button
            variant="default"
            leftSection={<IconDeviceTablet size={18} />}
            disabled={!roomOpen}
            onClick={() => setAdding(true)}
          >
            Add a station
          </Button>
        </Row>
        <Text size="sm">
          A station is a spare laptop or tablet that shows the full kiosk (welcome, courses, clearing itself) over the room
          network. Pair it once; it stays paired until you remove it.
          {!roomOpen && ' Turn on sign-up from the room to add one.'}
        </Text>
        {stations && stations.length > 0 && (
          <Table aria-label="Stations">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Last seen</Table.Th>
                <Table.Th ta="right">Sign-ups today</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {stations.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{s.name}</Table.Td>
                  <Table.Td>
                    {s.state === 'paired' ? 'Paired' : s.state === 'pairing' ? 'Waiting to pair' : 'Code expired'}
                  </Table.Td>
                  <Table.Td>{s.lastSeenAt ? formatDateTime(s.lastSeenAt) : '—'}</Table.Td>
                  <Table.Td ta="right">{s.signupsToday}</Table.Td>
                  <Table.Td ta="right">
                    <Button
                      variant="subtle"
                      color="red"
                      size="xs"
                      leftSection={<IconTrash size={14} />}
                      onClick={() => void remove(s)}
                      aria-label={`Remove ${s.name}`}
                    >
                      Remove
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <Modal
        opened={adding}
        onClose={() => {
          setAdding(false);
          setPairing(null);
          reload();
        }}
        title={pairing ? `Pair ${pairing.name}` : 'Add a station'}
        centered
        size="lg"
        // Shown at once: the pairing code's two minutes are already running.
        transitionProps={{ duration: 0 }}
      >
        {pairing ? (
          <PairingCode
            pairing={pairing}
            paired={
              stations?.some((s) => !pairing.known.includes(s.id) && s.name === pairing.name && s.state === 'paired') ?? false
            }
          />
        ) : (
          <NameForm onStarted={(p) => setPairing({ ...p, known: stations?.map((s) => s.id) ?? [] })} />
        )}
      </Modal>
    </Paper>
  );
}

function NameForm({ onStarted }: { onStarted: (p: Omit<Pairing, 'known'>) => void }) {
  const form = useForm({ mode: 'uncontrolled', initialValues: { name: '' }, validate: schemaRules(schemas.stationPairStart) });
  const submit = form.onSubmit(async (values) => {
    const r = await adminApi['station-pair-start'](values);
    if (!r.ok) return showFieldError(r.error, form, 'name');
    onStarted({ name: values.name.trim(), ...r.value });
  });
  return (
    <form onSubmit={submit}>
      <Stack>
        <TextInput
          label="Station name"
          description="So you know which screen it is, e.g. Front desk tablet."
          data-autofocus
          key={form.key('name')}
          {...form.getInputProps('name')}
        />
        <Row>
          <Button type="submit">Show pairing code</Button>
        </Row>
      </Stack>
    </form>
  );
}

function PairingCode({ pairing, paired }: { pairing: Pairing; paired: boolean }) {
  const qr = useQrCode(pairing.url, 360);
  const left = useCountdown(Date.parse(pairing.expiresAt));
  if (paired) {
    return (
      <Alert color="teal" icon={<IconCircleCheck />} title="Paired" role="status">
        {pairing.name} is paired: it shows the sign-up kiosk now.
      </Alert>
    );
  }
  return (
    <Stack align="center" ta="center" data-testid="pairing">
      <Text>On the station, scan this code, or open the address below and type the pairing code.</Text>
      {qr && <img src={qr} alt={`QR code of the pairing address ${pairing.url}`} width={240} height={240} />}
      <Text
        ff="monospace"
        fz={40}
        fw={700}
        data-testid="pairing-code"
        aria-label={`Pairing code ${pairing.pairingCode.split('').join(' ')}`}
      >
        {pairing.pairingCode}
      </Text>
      <Text ff="monospace" size="lg">
        {pairing.url.replace(/^http:\/\//, '').replace(/\/[^/]+$/, '')}
      </Text>
      <Text size="sm" c={left > 0 ? 'dimmed' : 'red'} aria-live="polite">
        {left > 0
          ? `Works once, for ${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')} more.`
          : 'This code has expired. Close this and add the station again.'}
      </Text>
    </Stack>
  );
}
