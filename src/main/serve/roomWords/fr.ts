import type { RoomCatalogue } from './en';

export const fr: RoomCatalogue = {
  'room.title': 'Inscription — JoinDesk',
  'room.rescan': 'Pour vous inscrire, scannez à nouveau le code QR de votre groupe (ou rouvrez son lien de salle).',
  'room.phonesOff': 'L’inscription depuis un téléphone est désactivée ici. Adressez-vous à votre formateur.',
  'room.tooManySessions':
    'Trop d’inscriptions ont été commencées depuis cet appareil. Patientez quelques minutes, puis réessayez.',
  'pair.title': 'Appairer cet écran — JoinDesk',
  'pair.heading': 'Appairer cet écran',
  'pair.code': 'Code d’appairage (sur la page Borne de l’administration)',
  'pair.submit': 'Appairer',
  'pair.wrongCode':
    'Ce code d’appairage est erroné, déjà utilisé ou expiré (chaque code n’est valable qu’une fois, pendant deux minutes). Demandez-en un nouveau.',
  'pair.tooMany':
    'Trop de codes d’appairage erronés. Réessayez dans {seconds, plural, one {# seconde} many {# de secondes} other {# secondes}}.',
};
