import type { RoomCatalogue } from './en';

export const pt: RoomCatalogue = {
  'room.title': 'Inscrição — JoinDesk',
  'room.rescan': 'Para se inscrever, escaneie de novo o QR code do seu grupo (ou abra de novo o link de sala dele).',
  'room.phonesOff': 'A inscrição pelo celular está desativada aqui. Fale com seu instrutor.',
  'room.tooManySessions': 'Muitas inscrições foram iniciadas neste aparelho. Aguarde alguns minutos e tente de novo.',
  'pair.title': 'Parear esta tela — JoinDesk',
  'pair.heading': 'Parear esta tela',
  'pair.code': 'Código de pareamento (na página Quiosque da administração)',
  'pair.submit': 'Parear',
  'pair.wrongCode':
    'Esse código de pareamento está errado, já foi usado ou expirou (cada código funciona uma vez, por dois minutos). Peça um novo.',
  'pair.tooMany':
    'Muitos códigos de pareamento errados. Tente de novo em {seconds, plural, one {# segundo} many {# de segundos} other {# segundos}}.',
};
