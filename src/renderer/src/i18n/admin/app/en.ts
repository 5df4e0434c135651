/** The words of the admin app's frame (menu, header, shared pieces) in English: the source each other language translates. */
export const app = {
  'app.failed': 'That did not work',

  'app.menu.open': 'Open menu',
  'app.menu.close': 'Close menu',
  'app.header.badge': 'Admin',
  'app.nav.label': 'Main',
  'app.nav.users': 'Users',
  'app.nav.groups': 'Groups',
  'app.nav.learners': 'Learners',
  'app.nav.training': 'Training',
  'app.nav.courses': 'Courses',
  'app.nav.reports': 'Reports',
  'app.nav.signUp': 'Sign-up',
  'app.nav.kiosk': 'Kiosk',
  'app.nav.admin': 'Admin',
  'app.nav.settings': 'Settings',

  'app.close': 'Close',
  'app.clearDate': 'Clear date',
  'app.groupPicker.nothingFound': 'No group by that name',
};
