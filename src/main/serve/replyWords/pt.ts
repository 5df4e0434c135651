import type { ReplyCatalogue } from './en';

export const pt: ReplyCatalogue = {
  'reply.linkExpired':
    'Este link expirou ou já foi usado. Cada link funciona uma única vez, em até {minutes, plural, one {# minuto} many {# minutos} other {# minutos}}: peça um novo.',
  'reply.signIn': 'Abra um link de acesso do JoinDesk (o `npm run serve` mostra esses links).',
  'reply.notForYou': 'Esta tela não é para você.',
  'reply.ownLink': 'Abra o JoinDesk pelo próprio link dele.',
  'reply.unknownHost': 'Host desconhecido',
  'reply.foreignOrigin': 'Origem externa',
  'reply.notFound': 'Não encontrado',
  'reply.methodNotAllowed': 'Método não permitido',
  'reply.internal': 'Erro interno',
};
