import type { AdminMessageId } from '../../i18n/admin';
import { ROLES } from '../../../../shared/domains/groups';
import type { Role } from '../../../../shared/domains/groups';

/**
 * The message naming a role. Roles are a fixed set, but a learner's role comes back as a string:
 * one JoinDesk does not know (from a newer data file) is shown as stored rather than hidden.
 */
export function roleWords(role: string, t: (id: AdminMessageId) => string): string {
  return (ROLES as readonly string[]).includes(role) ? t(`learners.role.${role as Role}`) : role;
}
