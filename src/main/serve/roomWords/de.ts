import type { RoomCatalogue } from './en';

export const de: RoomCatalogue = {
  'room.title': 'Anmeldung — JoinDesk',
  'room.rescan': 'Um sich anzumelden, scannen Sie den QR-Code Ihrer Gruppe erneut (oder öffnen Sie ihren Raumlink noch einmal).',
  'room.phonesOff': 'Die Anmeldung per Smartphone ist hier ausgeschaltet. Fragen Sie Ihre Kursleitung.',
  'room.tooManySessions':
    'Von diesem Gerät wurden zu viele Anmeldungen begonnen. Warten Sie ein paar Minuten und versuchen Sie es dann erneut.',
  'pair.title': 'Diesen Bildschirm koppeln — JoinDesk',
  'pair.heading': 'Diesen Bildschirm koppeln',
  'pair.code': 'Kopplungscode (auf der Seite „Kiosk“ der Verwaltung)',
  'pair.submit': 'Koppeln',
  'pair.wrongCode':
    'Dieser Kopplungscode ist falsch, schon benutzt oder abgelaufen (jeder Code gilt einmal, zwei Minuten lang). Lassen Sie sich einen neuen geben.',
  'pair.tooMany':
    'Zu viele falsche Kopplungscodes. Versuchen Sie es in {seconds, plural, one {# Sekunde} other {# Sekunden}} erneut.',
};
