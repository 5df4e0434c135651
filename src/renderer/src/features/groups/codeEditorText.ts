import type { CodeRating } from '../../../../shared/codeStrength';
import { checkCustomCode, CUSTOM_MAX_LENGTH, CUSTOM_WARN_BELOW, normalizeJoinCode } from '../../../../shared/joinCode';
import type { AdminMessageId } from '../../i18n/admin/en';

/** The admin's words (`useAdminText()`), as far as these helpers need them. */
type Words = (id: AdminMessageId, values?: Record<string, string | number>) => string;

/**
 * What the code editor says about a typed code, in the admin's language. The shared rules word
 * their findings in English (main's errors carry those words); the editor names each finding by
 * what it is and says it from the catalogue.
 */

const EMPTY = normalizeJoinCode('');

/** Why `typed` cannot be a custom code under a `minLength` policy, or null when it can. */
export function customCodeProblem(typed: string, minLength: number, t: Words): string | null {
  const check = checkCustomCode(typed, minLength);
  if (check.ok) return null;
  const normalized = normalizeJoinCode(typed);
  if (!normalized.ok) {
    return !EMPTY.ok && normalized.message === EMPTY.message ? t('groups.edit.empty') : t('groups.edit.characters');
  }
  return normalized.key.length < minLength
    ? t('groups.edit.tooShort', { n: minLength })
    : t('groups.edit.tooLong', { n: CUSTOM_MAX_LENGTH });
}

/** The advice a short but valid code gets (from the editor, or with main's answer on saving). */
export const shortCodeWarning = (t: Words): string => t('groups.edit.shortWarning', { n: CUSTOM_WARN_BELOW });

// The meter's reasons (codeStrength.ts), by the English words it gives them.
const REASONS: Record<string, AdminMessageId> = {
  'it contains a common password': 'groups.strength.reason.password',
  'it contains the group’s or organisation’s name': 'groups.strength.reason.context',
  'it contains a common word or name': 'groups.strength.reason.word',
  'it contains a keyboard pattern': 'groups.strength.reason.keyboard',
  'it contains a sequence like ABC or 123': 'groups.strength.reason.sequence',
  'it repeats characters': 'groups.strength.reason.repeat',
  'it contains a date or a year': 'groups.strength.reason.date',
};

/** The catalogue's name of each strength the meter gives. */
export const STRENGTH_LABEL: Record<CodeRating['strength'], AdminMessageId> = {
  weak: 'groups.strength.weak',
  fair: 'groups.strength.fair',
  strong: 'groups.strength.strong',
};

/** What makes a code easy to guess, as the catalogue words it; a reason the meter gained later reads generically. */
export const strengthReason = (reason: string, t: Words): string => t(REASONS[reason] ?? 'groups.strength.reason.other');
