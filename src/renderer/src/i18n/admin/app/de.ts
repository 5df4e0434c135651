import type { Translation } from '../types';
import type { app as english } from './en';

const app: Translation<typeof english> = {
  'app.failed': 'Das hat nicht geklappt',
  'app.menu.open': 'Menü öffnen',
  'app.menu.close': 'Menü schließen',
  'app.header.badge': 'Admin',
  'app.nav.label': 'Hauptmenü',
  'app.nav.users': 'Personen',
  'app.nav.groups': 'Gruppen',
  'app.nav.learners': 'Teilnehmende',
  'app.nav.training': 'Schulung',
  'app.nav.courses': 'Kurse',
  'app.nav.reports': 'Berichte',
  'app.nav.signUp': 'Anmeldung',
  'app.nav.kiosk': 'Kiosk',
  'app.nav.admin': 'Verwaltung',
  'app.nav.settings': 'Einstellungen',
  'app.close': 'Schließen',
  'app.clearDate': 'Datum löschen',
  'app.groupPicker.nothingFound': 'Keine Gruppe mit diesem Namen',
};

export default app;
