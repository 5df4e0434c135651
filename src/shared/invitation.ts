/** The words an admin sends learners: the same in the copied text, the email draft and the join card. */
export const JOIN_STEPS = [
  'Go to the sign-up screen (the kiosk) your instructor points you to.',
  'Enter your full name and your email address.',
  'Enter your group’s join code and press “Join group”.',
] as const;

export const CODE_TYPING_HINT = 'Capitals, spaces and dashes don’t matter.';

export function invitation(groupName: string, joinCode: string): { subject: string; body: string } {
  const subject = `Your join code for ${groupName}`;
  const body = [
    'Hello,',
    '',
    `You're invited to join ${groupName}. To sign up:`,
    ...JOIN_STEPS.map((step, i) => `${i + 1}. ${step}`),
    '',
    `Join code: ${joinCode}`,
    CODE_TYPING_HINT,
    '',
    'You will see your courses as soon as you have joined.',
  ].join('\n');
  return { subject, body };
}

export function mailtoUrl(groupName: string, joinCode: string): string {
  const { subject, body } = invitation(groupName, joinCode);
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
