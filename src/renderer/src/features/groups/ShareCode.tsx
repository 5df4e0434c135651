import { Button, CopyButton, Group as Row } from '@mantine/core';
import { IconCheck, IconMail, IconPrinter, IconTextCaption } from '@tabler/icons-react';
import { invitation, mailtoUrl } from '../../../../shared/invitation';
import type { Group } from '../../../../shared/types';
import { useNavigation } from '../../stores/navigation';

/** Ways to hand the code to learners: an invitation to paste, an email draft, a printable card. */
export function ShareCode({ group }: { group: Group }) {
  const go = useNavigation((s) => s.go);
  const { subject, body } = invitation(group.name, group.joinCode);
  return (
    <Row gap="xs">
      <CopyButton value={`${subject}\n\n${body}`}>
        {({ copied, copy }) => (
          <Button
            variant="default"
            leftSection={copied ? <IconCheck size={18} /> : <IconTextCaption size={18} />}
            onClick={copy}
            color={copied ? 'teal' : undefined}
          >
            {copied ? 'Invitation copied' : 'Copy invitation'}
          </Button>
        )}
      </CopyButton>
      <Button variant="default" component="a" href={mailtoUrl(group.name, group.joinCode)} leftSection={<IconMail size={18} />}>
        Email draft
      </Button>
      <Button variant="default" leftSection={<IconPrinter size={18} />} onClick={() => go({ page: 'card', id: group.id })}>
        Join card (PDF)
      </Button>
    </Row>
  );
}
