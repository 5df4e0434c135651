import type { Group } from '../../../../shared/types';
import { formatDateTime, formatNumber } from '../../lib/format';

/** Why a code is or is not accepting sign-ups, in the admin's words and local time. */
export function codeStateText(g: Group): string {
  switch (g.codeState) {
    case 'active':
      return g.validUntil
        ? `Accepting sign-ups until ${formatDateTime(g.validUntil)}.`
        : 'Accepting sign-ups. Anyone with the code can join.';
    case 'paused':
      return 'Sign-up is paused. Learners who try the code are told so; nothing else changes.';
    case 'scheduled':
      return `Not open yet: sign-up opens on ${formatDateTime(g.validFrom!)}.`;
    case 'expired':
      return `Closed: sign-up ended on ${formatDateTime(g.validUntil!)}.`;
    case 'full':
      return `Full: ${g.maxUses === 1 ? 'the one place is' : `all ${formatNumber(g.maxUses!)} places are`} taken. Raise the limit to let more people join.`;
  }
}
