import type { ReplyCatalogue } from './en';

export const fr: ReplyCatalogue = {
  'reply.linkExpired':
    'Ce lien a expiré ou a déjà été utilisé. Chaque lien ne fonctionne qu’une fois, pendant {minutes, plural, one {# minute} many {# minutes} other {# minutes}} : demandez-en un nouveau.',
  'reply.signIn': 'Ouvrez un lien de connexion de JoinDesk (`npm run serve` les affiche).',
  'reply.notForYou': 'Cet écran ne vous est pas destiné.',
  'reply.ownLink': 'Ouvrez JoinDesk depuis son propre lien.',
  'reply.unknownHost': 'Hôte inconnu',
  'reply.foreignOrigin': 'Origine étrangère',
  'reply.notFound': 'Introuvable',
  'reply.methodNotAllowed': 'Méthode non autorisée',
  'reply.internal': 'Erreur interne',
};
