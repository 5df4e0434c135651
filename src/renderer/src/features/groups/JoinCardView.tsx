import { Button, Center, List, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf } from '@tabler/icons-react';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { CODE_TYPING_HINT, JOIN_STEPS } from '../../../../shared/invitation';
import type { Group } from '../../../../shared/types';
import { adminApi } from '../../api';
import { callOrNotify } from '../../lib/call';
import { useNavigation } from '../../stores/navigation';
import { PrintSheet, printClasses } from '../../components/PrintSheet';

/** A printable A4 join card: the group, its code in large type, a QR code of it, and how to join. */
export function JoinCardView({ id }: { id: number }) {
  const go = useNavigation((s) => s.go);
  const [group, setGroup] = useState<Group | null>(null);
  const [qr, setQr] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void callOrNotify(adminApi['groups-get']({ id })).then(async (g) => {
      if (!current || !g) return;
      const url = await QRCode.toDataURL(g.joinCode, { errorCorrectionLevel: 'M', margin: 2, width: 600 });
      if (!current) return;
      setGroup(g);
      setQr(url);
    });
    return () => {
      current = false;
    };
  }, [id]);

  const savePdf = async () => {
    const value = await callOrNotify(adminApi['join-card-pdf']({ groupId: id }));
    if (!value) return;
    if (value.handledBy === 'browser') window.print();
    else if (value.savedTo) notifications.show({ color: 'teal', title: 'Join card saved', message: value.savedTo });
  };

  if (!group || !qr) {
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
        <Button leftSection={<IconFileTypePdf size={18} />} onClick={() => void savePdf()}>
          Save as PDF
        </Button>
      }
    >
      <Stack gap="lg">
        <div>
          <Text size="sm" tt="uppercase" fw={700} c="dimmed">
            Join code for
          </Text>
          <Title order={1}>{group.name}</Title>
        </div>
        <div className={printClasses.code} data-testid="join-card-code">
          {group.joinCode}
        </div>
        <img className={printClasses.qr} src={qr} alt={`QR code of the join code ${group.joinCode}`} />
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
