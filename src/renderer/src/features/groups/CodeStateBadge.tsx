import { Badge } from '@mantine/core';
import type { CodeState } from '../../../../shared/types';

export const CODE_STATE_LABEL: Record<CodeState, string> = {
  active: 'Active',
  paused: 'Paused',
  scheduled: 'Scheduled',
  expired: 'Expired',
  full: 'Full',
};

const COLOR: Record<CodeState, string> = { active: 'teal', paused: 'gray', scheduled: 'blue', expired: 'orange', full: 'red' };

export function CodeStateBadge({ state }: { state: CodeState }) {
  return (
    <Badge color={COLOR[state]} variant="light">
      {CODE_STATE_LABEL[state]}
    </Badge>
  );
}
