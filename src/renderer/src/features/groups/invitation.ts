import type { AdminMessageId, AdminWords } from '../../i18n/admin';

/** How to join, step by step: the same steps in the copied invitation, the email draft and the join card. */
export const JOIN_STEPS: readonly AdminMessageId[] = ['groups.steps.kiosk', 'groups.steps.details', 'groups.steps.code'];

/** The invitation an admin sends learners, in the language `t` speaks: a subject and a plain-text body. */
export function invitation(t: AdminWords, groupName: string, joinCode: string): { subject: string; body: string } {
  const subject = t('groups.invite.subject', { group: groupName });
  const body = [
    t('groups.invite.hello'),
    '',
    t('groups.invite.invited', { group: groupName }),
    ...JOIN_STEPS.map((step, i) => `${i + 1}. ${t(step)}`),
    '',
    t('groups.invite.code', { code: joinCode }),
    t('groups.steps.hint'),
    '',
    t('groups.invite.courses'),
  ].join('\n');
  return { subject, body };
}

/** An email draft of the invitation, for the admin's mail app. */
export function mailtoUrl(invite: { subject: string; body: string }): string {
  return `mailto:?subject=${encodeURIComponent(invite.subject)}&body=${encodeURIComponent(invite.body)}`;
}
