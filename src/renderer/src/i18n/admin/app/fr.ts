import type { Translation } from '../types';
import type { app as english } from './en';

const app: Translation<typeof english> = {
  'app.failed': 'Cela n’a pas fonctionné',
  'app.menu.open': 'Ouvrir le menu',
  'app.menu.close': 'Fermer le menu',
  'app.header.badge': 'Admin',
  'app.nav.label': 'Principal',
  'app.nav.users': 'Utilisateurs',
  'app.nav.groups': 'Groupes',
  'app.nav.learners': 'Apprenants',
  'app.nav.training': 'Formation',
  'app.nav.courses': 'Cours',
  'app.nav.reports': 'Rapports',
  'app.nav.signUp': 'Inscription',
  'app.nav.kiosk': 'Borne',
  'app.nav.admin': 'Administration',
  'app.nav.settings': 'Paramètres',
  'app.close': 'Fermer',
  'app.clearDate': 'Effacer la date',
  'app.groupPicker.nothingFound': 'Aucun groupe de ce nom',
};

export default app;
