import type { Group } from '../../../../shared/types';
import type { AdminWords } from '../../i18n/admin';
import { formatDateTime } from '../../lib/format';

/** Why a code is or is not accepting sign-ups, in the admin's words and local time. */
export function codeStateText(g: Group, t: AdminWords): string {
  switch (g.codeState) {
    case 'active':
      return g.validUntil ? t('groups.status.activeUntil', { when: formatDateTime(g.validUntil) }) : t('groups.status.active');
    case 'paused':
      return t('groups.status.paused');
    case 'scheduled':
      return t('groups.status.scheduled', { when: formatDateTime(g.validFrom!) });
    case 'expired':
      return t('groups.status.expired', { when: formatDateTime(g.validUntil!) });
    case 'full':
      return t('groups.status.full', { max: g.maxUses! });
  }
}
