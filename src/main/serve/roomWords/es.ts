import type { RoomCatalogue } from './en';

export const es: RoomCatalogue = {
  'room.title': 'Registro — JoinDesk',
  'room.rescan': 'Para inscribirte, vuelve a escanear el código QR de tu grupo (o a abrir su enlace de sala).',
  'room.phonesOff': 'Aquí la inscripción desde teléfonos está desactivada. Pregunta a tu instructor.',
  'room.tooManySessions':
    'Se han iniciado demasiadas inscripciones desde este dispositivo. Espera unos minutos y vuelve a intentarlo.',
  'pair.title': 'Vincular esta pantalla — JoinDesk',
  'pair.heading': 'Vincular esta pantalla',
  'pair.code': 'Código de vinculación (en la página Quiosco de la administración)',
  'pair.submit': 'Vincular',
  'pair.wrongCode':
    'Ese código de vinculación es incorrecto, ya se usó o caducó (cada código funciona una vez, durante dos minutos). Pide uno nuevo.',
  'pair.tooMany':
    'Demasiados códigos de vinculación incorrectos. Vuelve a intentarlo dentro de {seconds, plural, one {# segundo} many {# de segundos} other {# segundos}}.',
};
