/**
 * What the room listener says to a person's browser itself (not through the sign-up screen, which
 * has its own catalogue), in English: the source each other language translates, key for key.
 */
export const en = {
  'room.title': 'Sign up — JoinDesk',
  'room.rescan': "To sign up, scan your group's QR code (or open its room link) again.",
  'room.phonesOff': 'Sign-up from phones is turned off here. Ask your instructor.',
  'room.tooManySessions': 'Too many sign-ups started from this device. Wait a few minutes, then try again.',
  'pair.title': 'Pair this screen — JoinDesk',
  'pair.heading': 'Pair this screen',
  'pair.code': "Pairing code (on the admin's Kiosk page)",
  'pair.submit': 'Pair',
  'pair.wrongCode': 'That pairing code is wrong, used or expired (codes work once, for two minutes). Ask for a new one.',
  'pair.tooMany': 'Too many wrong pairing codes. Try again in {seconds, plural, one {# second} other {# seconds}}.',
};

export type RoomWordId = keyof typeof en;

/** Every language's words have exactly English's keys. */
export type RoomCatalogue = Record<RoomWordId, string>;
