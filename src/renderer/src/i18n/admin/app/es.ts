import type { Translation } from '../types';
import type { app as english } from './en';

const app: Translation<typeof english> = {
  'app.failed': 'Eso no funcionó',
  'app.menu.open': 'Abrir menú',
  'app.menu.close': 'Cerrar menú',
  'app.header.badge': 'Administración',
  'app.nav.label': 'Principal',
  'app.nav.users': 'Usuarios',
  'app.nav.groups': 'Grupos',
  'app.nav.learners': 'Estudiantes',
  'app.nav.training': 'Formación',
  'app.nav.courses': 'Cursos',
  'app.nav.reports': 'Informes',
  'app.nav.signUp': 'Inscripción',
  'app.nav.kiosk': 'Quiosco',
  'app.nav.admin': 'Administración',
  'app.nav.settings': 'Configuración',
  'app.close': 'Cerrar',
  'app.clearDate': 'Borrar fecha',
  'app.groupPicker.nothingFound': 'Ningún grupo con ese nombre',
};

export default app;
