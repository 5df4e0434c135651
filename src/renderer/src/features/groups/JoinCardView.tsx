import { Anchor, Button, Center, Group as Row, List, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf, IconLanguage } from '@tabler/icons-react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { LanguageTag } from '../../../../shared/languages';
import { isLanguageTag, LANGUAGE_NAMES, LANGUAGE_TAGS } from '../../../../shared/languages';
import type { Group } from '../../../../shared/types';
import { adminApi } from '../../api';
import { useAdminText } from '../../i18n/admin';
import { InLanguage } from '../../i18n/admin/InLanguage';
import { callOrNotify } from '../../lib/call';
import { useChannel } from '../../lib/useChannel';
import { useQrCode } from '../../lib/useQrCode';
import { typedAddress } from './roomAddress';
import { routeHash, useNavigation } from '../../stores/navigation';
import { PrintSheet, printClasses } from '../../components/PrintSheet';
import { JOIN_STEPS } from './invitation';

const LANGUAGE_OPTIONS = LANGUAGE_TAGS.map((tag) => ({ value: tag, label: LANGUAGE_NAMES[tag] }));

/**
 * A printable A4 join card: the organisation, the group, its code in large type, a QR code of it,
 * when sign-up closes, and how to join. The card speaks the language chosen for it (at first the
 * kiosk's), whatever the admin's screens speak: it is for the learners who will read it.
 */
export function JoinCardView({ id }: { id: number }) {
  const go = useNavigation((s) => s.go);
  const t = useAdminText();
  const group = useChannel('groups-get', { id }).data;
  const kiosk = useChannel('kiosk-settings-get', {}).data;
  const orgName = kiosk?.orgName;
  const [chosen, setChosen] = useState<LanguageTag | null>(null);
  const language = chosen ?? kiosk?.defaultLanguage;
  const joinCode = group?.id === id ? group.joinCode : null;
  // While the room network is on, the QR code is the group's room link (a phone opens sign-up with
  // the code filled in); otherwise the code itself. Drawn here, not read: it follows what the card shows.
  const network = useChannel('network-status', {}).data;
  const roomLink = useChannel('group-room-link', network?.enabled ? { groupId: id } : null, { onError: () => undefined }).data;
  const roomUrl = network?.enabled ? (roomLink?.url ?? null) : null;
  const qr = useQrCode(network === null || (network.enabled && roomUrl === null) ? null : (roomUrl ?? joinCode));

  const savePdf = async () => {
    const value = await callOrNotify(adminApi['join-card-pdf']({ groupId: id }));
    if (!value) return;
    if (value.handledBy === 'browser') window.print();
    else if (value.savedTo) notifications.show({ color: 'teal', title: t('groups.card.saved'), message: value.savedTo });
  };

  if (!group || group.id !== id || qr === null || orgName === undefined || language === undefined) {
    return (
      <Center mih="100vh">
        <Loader size="sm" />
      </Center>
    );
  }
  return (
    <PrintSheet
      backLabel={t('groups.card.back', { group: group.name })}
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
              {t('groups.card.addOrg')}
            </Anchor>
          )}
          <Select
            aria-label={t('groups.card.language')}
            data={LANGUAGE_OPTIONS}
            value={language}
            onChange={(v) => isLanguageTag(v) && setChosen(v)}
            allowDeselect={false}
            // Every language at once, none behind a scroll.
            maxDropdownHeight={320}
            leftSection={<IconLanguage size={18} aria-hidden />}
            renderOption={({ option }) => <span lang={option.value}>{option.label}</span>}
            w={170}
            data-testid="join-card-language"
          />
          <Button leftSection={<IconFileTypePdf size={18} />} onClick={() => void savePdf()}>
            {t('groups.card.save')}
          </Button>
        </Row>
      }
    >
      <InLanguage tag={language}>
        <JoinCardSheet group={group} orgName={orgName} qr={qr} roomUrl={roomUrl} />
      </InLanguage>
    </PrintSheet>
  );
}

/** The sheet that prints, in the language around it (InLanguage): names and the code stay as typed. */
function JoinCardSheet({ group, orgName, qr, roomUrl }: { group: Group; orgName: string; qr: string; roomUrl: string | null }) {
  const t = useAdminText();
  const intl = useIntl();
  const when = (iso: string) => intl.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });
  const signup = signupWindow(group);
  return (
    <Stack gap="lg">
      <div>
        {orgName && (
          <Text size="xl" fw={700} mb="sm" data-testid="join-card-org">
            {orgName}
          </Text>
        )}
        <Text size="sm" tt="uppercase" fw={700} c="dimmed">
          {t('groups.card.codeFor')}
        </Text>
        <Title order={1}>{group.name}</Title>
      </div>
      <div className={printClasses.code} dir="ltr" data-testid="join-card-code">
        {group.joinCode}
      </div>
      <img
        className={printClasses.qr}
        src={qr}
        alt={roomUrl ? t('groups.card.qrRoom', { url: roomUrl }) : t('groups.card.qrCode', { code: group.joinCode })}
      />
      {signup && (
        <Text ta="center" size="lg" fw={600} data-testid="join-card-window">
          {signup.opens && signup.closes
            ? t('groups.card.opensAndCloses', { opens: when(signup.opens), closes: when(signup.closes) })
            : signup.opens
              ? t('groups.card.opens', { opens: when(signup.opens) })
              : t(signup.closed ? 'groups.card.closed' : 'groups.card.closes', { closes: when(signup.closes!) })}
        </Text>
      )}
      {roomUrl && (
        <Text ta="center" size="lg" data-testid="join-card-room-link">
          {t.rich('groups.card.roomLink', {
            ltr: (chunks) => (
              <strong dir="ltr" style={{ unicodeBidi: 'isolate' }}>
                {chunks}
              </strong>
            ),
            address: typedAddress(roomUrl),
          })}
        </Text>
      )}
      <div>
        <Title order={2} size="h3" mb="xs">
          {t('groups.card.howTo')}
        </Title>
        <List type="ordered" spacing="xs" size="lg">
          {JOIN_STEPS.map((step) => (
            <List.Item key={step}>{t(step)}</List.Item>
          ))}
        </List>
        <Text mt="sm" c="dimmed">
          {t('groups.steps.hint')}
        </Text>
      </div>
    </Stack>
  );
}

/** When sign-up with the code is possible, as the card tells learners; null when it is always open. */
function signupWindow(group: Group, now = Date.now()): { opens: string | null; closes: string | null; closed: boolean } | null {
  const opens = group.validFrom && Date.parse(group.validFrom) > now ? group.validFrom : null;
  const closes = group.validUntil;
  if (!opens && !closes) return null;
  return { opens, closes, closed: !opens && group.codeState === 'expired' };
}
