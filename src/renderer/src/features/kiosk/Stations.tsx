import { Alert, Button, Group as Row, Modal, Paper, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconDeviceTablet, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { schemas } from '../../../../shared/schemas';
import type { Station } from '../../../../shared/types';
import { adminApi } from '../../api';
import type { AdminMessageId } from '../../i18n/admin';
import { useAdminText } from '../../i18n/admin';
import { formatDateTime } from '../../lib/dates';
import { appLocale, formatNumber } from '../../lib/format';
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
  const t = useAdminText();
  const [pairing, setPairing] = useState<Pairing | null>(null);
  const [adding, setAdding] = useState(false);
  // Polled like the other live views, so "last seen" and sign-ups move, and a pairing shows at once.
  const tick = usePollTick(true);
  const { data: stations, reload } = useChannel('stations-list', {}, { refresh: [tick] });

  const remove = async (s: Station) => {
    if (!(await callOrNotify(adminApi['station-remove']({ id: s.id })))) return;
    notifications.show({
      color: 'teal',
      title: t('kiosk.stations.removed.title'),
      message: t('kiosk.stations.removed.message', { name: s.name }),
    });
    reload();
  };

  return (
    <Paper withBorder p="lg" radius="md" data-testid="stations">
      <Stack>
        <Row justify="space-between">
          <Title order={3} size="h4">
            {t('kiosk.stations.title')}
          </Title>
          <Button
            variant="default"
            leftSection={<IconDeviceTablet size={18} />}
            disabled={!roomOpen}
            onClick={() => setAdding(true)}
          >
            {t('kiosk.stations.add')}
          </Button>
        </Row>
        <Text size="sm">{t('kiosk.stations.intro')}</Text>
        {!roomOpen && <Text size="sm">{t('kiosk.stations.turnOnFirst')}</Text>}
        {stations && stations.length > 0 && (
          <Table aria-label={t('kiosk.stations.table')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('kiosk.stations.name')}</Table.Th>
                <Table.Th>{t('kiosk.stations.status')}</Table.Th>
                <Table.Th>{t('kiosk.stations.lastSeen')}</Table.Th>
                <Table.Th ta="end">{t('kiosk.stations.signupsToday')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('kiosk.stations.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {stations.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{s.name}</Table.Td>
                  <Table.Td>{t(STATE_WORDS[s.state])}</Table.Td>
                  <Table.Td>{s.lastSeenAt ? formatDateTime(s.lastSeenAt) : t('kiosk.stations.neverSeen')}</Table.Td>
                  <Table.Td ta="end">{formatNumber(s.signupsToday)}</Table.Td>
                  <Table.Td ta="end">
                    <Button
                      variant="subtle"
                      color="red"
                      size="xs"
                      leftSection={<IconTrash size={14} />}
                      onClick={() => void remove(s)}
                      aria-label={t('kiosk.stations.removeOne', { name: s.name })}
                    >
                      {t('kiosk.stations.remove')}
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
        title={pairing ? t('kiosk.stations.pairTitle', { name: pairing.name }) : t('kiosk.stations.add')}
        closeButtonProps={{ 'aria-label': t('app.close') }}
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

const STATE_WORDS: Record<Station['state'], AdminMessageId> = {
  paired: 'kiosk.stations.state.paired',
  pairing: 'kiosk.stations.state.pairing',
  expired: 'kiosk.stations.state.expired',
};

/** A countdown as minutes and seconds (“1:45”), in the digits of the admin's language. */
function minutesSeconds(seconds: number): string {
  const two = new Intl.NumberFormat(appLocale(), { minimumIntegerDigits: 2 });
  return `${formatNumber(Math.floor(seconds / 60))}:${two.format(seconds % 60)}`;
}

function NameForm({ onStarted }: { onStarted: (p: Omit<Pairing, 'known'>) => void }) {
  const t = useAdminText();
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
          label={t('kiosk.stations.stationName')}
          description={t('kiosk.stations.stationNameHint')}
          data-autofocus
          key={form.key('name')}
          {...form.getInputProps('name')}
        />
        <Row>
          <Button type="submit">{t('kiosk.stations.showCode')}</Button>
        </Row>
      </Stack>
    </form>
  );
}

function PairingCode({ pairing, paired }: { pairing: Pairing; paired: boolean }) {
  const t = useAdminText();
  const qr = useQrCode(pairing.url, 360);
  const left = useCountdown(Date.parse(pairing.expiresAt));
  if (paired) {
    return (
      <Alert color="teal" icon={<IconCircleCheck />} title={t('kiosk.stations.paired.title')} role="status">
        {t('kiosk.stations.paired.body', { name: pairing.name })}
      </Alert>
    );
  }
  return (
    <Stack align="center" ta="center" data-testid="pairing">
      <Text>{t('kiosk.stations.scan')}</Text>
      {qr && <img src={qr} alt={t('kiosk.stations.qr', { url: pairing.url })} width={240} height={240} />}
      <Text
        ff="monospace"
        fz={40}
        fw={700}
        data-testid="pairing-code"
        aria-label={t('kiosk.stations.code', { code: pairing.pairingCode.split('').join(' ') })}
      >
        {pairing.pairingCode}
      </Text>
      <Text ff="monospace" size="lg" dir="ltr">
        {pairing.url.replace(/^http:\/\//, '').replace(/\/[^/]+$/, '')}
      </Text>
      <Text size="sm" c={left > 0 ? 'dimmed' : 'red'} aria-live="polite">
        {left > 0 ? t('kiosk.stations.worksFor', { time: minutesSeconds(left) }) : t('kiosk.stations.expired')}
      </Text>
    </Stack>
  );
}
