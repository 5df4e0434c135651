import type { SignInCatalogue } from './en';

const de: SignInCatalogue = {
  'signIn.title': 'Dieser Tab ist nicht angemeldet',
  'signIn.body':
    'Öffnen Sie JoinDesk über einen Anmeldelink. Jeder Link funktioniert nur einmal, in dem Tab, der ihn öffnet: Für neue Links drücken Sie die Eingabetaste im Terminal, in dem <code>npm run serve</code> läuft, oder nutzen Sie „Kiosk starten“ in der Verwaltung.',
};

export default de;
