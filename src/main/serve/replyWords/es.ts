import type { ReplyCatalogue } from './en';

export const es: ReplyCatalogue = {
  'reply.linkExpired':
    'Ese enlace caducó o ya se usó. Cada enlace funciona una sola vez, durante {minutes, plural, one {# minuto} many {# minutos} other {# minutos}}: pide uno nuevo.',
  'reply.signIn': 'Abre un enlace de inicio de sesión de JoinDesk (`npm run serve` los muestra).',
  'reply.notForYou': 'Esta pantalla no es para ti.',
  'reply.ownLink': 'Abre JoinDesk desde su propio enlace.',
  'reply.unknownHost': 'Host desconocido',
  'reply.foreignOrigin': 'Origen externo',
  'reply.notFound': 'No encontrado',
  'reply.methodNotAllowed': 'Método no permitido',
  'reply.internal': 'Error interno',
};
