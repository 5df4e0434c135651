/**
 * The kiosk's words in English: the source every other catalogue translates, key for key. ICU
 * MessageFormat: `{n, plural, …}` for counts, `<tag>…</tag>` for text the screen wraps (a group
 * name in bold, an email kept left to right).
 */
export const en = {
  'page.title': 'Sign up — JoinDesk',
  'language.label': 'Language',

  'form.title': 'Join your group',
  'form.intro': 'Enter your details and the join code your instructor gave you.',
  'form.introPhone': "Enter your name and email. Your group's join code is already filled in.",
  'form.name': 'Full name',
  'form.email': 'Email',
  'form.code': 'Join code',
  'form.codeHint': "It looks like ABCD-1234. Capitals, spaces and dashes don't matter.",
  'form.submit': 'Join group',
  'form.errorTitle': "We couldn't sign you up",
  'form.throttled': 'Too many attempts. Try again in {seconds, plural, one {# second} other {# seconds}}.',

  'check.nameRequired': 'Enter your full name.',
  'check.nameTooLong': 'Names can have at most {max, number} characters.',
  'check.emailRequired': 'Enter your email address.',
  'check.emailInvalid': 'Enter a valid email address, like name@example.com.',
  'check.codeRequired': 'Enter a join code.',
  'check.codeCharacters': 'Join codes use only the letters A–Z and the digits 0–9.',
  'check.codeTooLong': 'That join code is too long.',

  'error.code-unknown': "We couldn't find that join code. Check it with your instructor.",
  'error.code-retired': 'This join code has been changed. Ask your instructor for the new one.',
  'error.code-disabled': 'Sign-up with this code is paused.',
  'error.code-not-yet-valid': 'Sign-up with this code opens on {when}.',
  'error.code-expired': 'Sign-up with this code closed on {when}.',
  'error.group-full': 'This group is full. Ask your instructor to open more places or give you another code.',
  'error.email-registered': 'This email is already registered. Ask an instructor for help.',
  'error.kiosk-locked': 'This kiosk is locked after too many wrong attempts. Please ask an administrator.',
  'error.paused': 'One moment, please: sign-up will carry on by itself in a few seconds.',
  'error.forbidden': 'This screen is no longer connected to JoinDesk. Please ask an instructor.',
  'error.unpaired': 'This screen is no longer paired with JoinDesk. Ask an instructor to pair it again.',
  'error.other': 'Sign-up is not working right now, and nothing was saved. Please ask an instructor.',

  'success.title': "You're in!",
  'success.welcome': 'Welcome to <b>{group}</b>.',
  'success.registeredAs': 'Registered as <ltr>{email}</ltr>',
  'success.courses': 'Your courses',
  'success.noCourses': 'Your instructor will let you know when your courses start.',
  'success.done': 'Done',
  'success.closePage': 'All done: you can close this page.',

  'locked.title': 'This kiosk is locked',
  'locked.body': 'There were too many wrong join codes or PINs. Please ask an administrator to unlock it.',

  'idle.title': 'Are you still there?',
  'idle.body': 'For your privacy, this form will clear in {seconds, plural, one {# second} other {# seconds}}.',
  'idle.stay': "I'm still here",

  'exit.open': 'Staff: exit kiosk',
  'exit.title': 'Exit kiosk mode',
  'exit.pin': 'Admin PIN',
  'exit.pinRequired': 'Enter the PIN.',
  'exit.pinWrong': 'That PIN is not right.',
  'exit.pinShow': 'Show or hide the PIN',
  'exit.submit': 'Exit kiosk',
  'exit.lockedTitle': 'Exit is locked',
  'exit.lockedBody':
    'Exit is locked until an administrator unlocks this kiosk on the Kiosk page. To get there, restart JoinDesk (restart the computer if it will not close), then enter the admin PIN on the Kiosk page.',
  'exit.close': 'Close',
};

export type KioskMessageId = keyof typeof en;

/** Every catalogue has exactly English's keys: a missing or extra one does not compile. */
export type KioskCatalogue = Record<KioskMessageId, string>;
