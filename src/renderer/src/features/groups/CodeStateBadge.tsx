import { Badge } from '@mantine/core';
import type { CodeState } from '../../../../shared/types';
import type { AdminMessageId } from '../../i18n/admin';
import { useAdminText } from '../../i18n/admin';

/** Each state's name in the catalogue. */
export const CODE_STATE_LABEL: Record<CodeState, AdminMessageId> = {
  active: 'groups.state.active',
  paused: 'groups.state.paused',
  scheduled: 'groups.state.scheduled',
  expired: 'groups.state.expired',
  full: 'groups.state.full',
};

const COLOR: Record<CodeState, string> = { active: 'teal', paused: 'gray', scheduled: 'blue', expired: 'orange', full: 'red' };

export function CodeStateBadge({ state }: { state: CodeState }) {
  const t = useAdminText();
  return (
    <Badge color={COLOR[state]} variant="light">
      {t(CODE_STATE_LABEL[state])}
    </Badge>
  );
}
