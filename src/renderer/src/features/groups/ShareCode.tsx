import { Button, CopyButton, Group as Row } from '@mantine/core';
import { IconCheck, IconMail, IconPrinter, IconTextCaption } from '@tabler/icons-react';
import type { Group } from '../../../../shared/types';
import { useAdminText } from '../../i18n/admin';
import { useNavigation } from '../../stores/navigation';
import { invitation, mailtoUrl } from './invitation';

/** Ways to hand the code to learners: an invitation to paste, an email draft, a printable card. */
export function ShareCode({ group }: { group: Group }) {
  const go = useNavigation((s) => s.go);
  const t = useAdminText();
  const invite = invitation(t, group.name, group.joinCode);
  return (
    <Row gap="xs">
      <CopyButton value={`${invite.subject}\n\n${invite.body}`}>
        {({ copied, copy }) => (
          <Button
            variant="default"
            leftSection={copied ? <IconCheck size={18} /> : <IconTextCaption size={18} />}
            onClick={copy}
            color={copied ? 'teal' : undefined}
          >
            {copied ? t('groups.share.invitationCopied') : t('groups.share.copyInvitation')}
          </Button>
        )}
      </CopyButton>
      <Button variant="default" component="a" href={mailtoUrl(invite)} leftSection={<IconMail size={18} />}>
        {t('groups.share.email')}
      </Button>
      <Button variant="default" leftSection={<IconPrinter size={18} />} onClick={() => go({ page: 'card', id: group.id })}>
        {t('groups.share.card')}
      </Button>
    </Row>
  );
}
