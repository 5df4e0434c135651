/**
 * What a tab that is not signed in says, in English: the source each other language translates,
 * key for key. Its own catalogue, so neither page's bundle carries the other's words for it.
 */
export const en = {
  'signIn.title': 'This tab is not signed in',
  'signIn.body':
    'Open JoinDesk from a sign-in link. Each link works once, in the tab that opens it: press Enter in the terminal where <code>npm run serve</code> runs for fresh ones, or use Start kiosk in the admin screens.',
};

export type SignInMessageId = keyof typeof en;

/** Every language's catalogue has exactly English's keys. */
export type SignInCatalogue = Record<SignInMessageId, string>;
