import type { ReplyCatalogue } from './en';

export const de: ReplyCatalogue = {
  'reply.linkExpired':
    'Dieser Link ist abgelaufen oder wurde schon verwendet. Jeder Link funktioniert nur einmal, innerhalb von {minutes, plural, one {# Minute} other {# Minuten}}: Fordern Sie einen neuen an.',
  'reply.signIn': 'Öffnen Sie einen Anmeldelink von JoinDesk (`npm run serve` gibt sie aus).',
  'reply.notForYou': 'Dieser Bildschirm ist nicht für Sie bestimmt.',
  'reply.ownLink': 'Öffnen Sie JoinDesk über seinen eigenen Link.',
  'reply.unknownHost': 'Unbekannter Host',
  'reply.foreignOrigin': 'Fremder Ursprung',
  'reply.notFound': 'Nicht gefunden',
  'reply.methodNotAllowed': 'Methode nicht erlaubt',
  'reply.internal': 'Interner Fehler',
};
