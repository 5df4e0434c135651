import { Badge } from '@mantine/core';
import type { CodeState } from '../../../../shared/types';

const LOOK: Record<CodeState, { color: string; label: string }> = {
  active: { color: 'teal', label: 'Active' },
  paused: { color: 'gray', label: 'Paused' },
  scheduled: { color: 'blue', label: 'Scheduled' },
  expired: { color: 'orange', label: 'Expired' },
  full: { color: 'red', label: 'Full' },
};

export function CodeStateBadge({ state }: { state: CodeState }) {
  return (
    <Badge color={LOOK[state].color} variant="light">
      {LOOK[state].label}
    </Badge>
  );
}
