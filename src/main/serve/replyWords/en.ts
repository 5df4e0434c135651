/**
 * What either listener answers a browser in plain text (no page, no screen), in English: the
 * source each other language translates, key for key.
 */
export const en = {
  'reply.linkExpired':
    'That link has expired or was already used. Each link works once, within {minutes, plural, one {# minute} other {# minutes}}: ask for a new one.',
  'reply.signIn': 'Open a sign-in link from JoinDesk (`npm run serve` prints them).',
  'reply.notForYou': 'This screen is not for you.',
  'reply.ownLink': 'Open JoinDesk from its own link.',
  'reply.unknownHost': 'Unknown host',
  'reply.foreignOrigin': 'Foreign origin',
  'reply.notFound': 'Not found',
  'reply.methodNotAllowed': 'Method not allowed',
  'reply.internal': 'Internal error',
};

export type ReplyWordId = keyof typeof en;

/** Every language's words have exactly English's keys. */
export type ReplyCatalogue = Record<ReplyWordId, string>;
