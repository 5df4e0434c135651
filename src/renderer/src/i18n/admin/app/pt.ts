import type { Translation } from '../types';
import type { app as english } from './en';

const app: Translation<typeof english> = {
  'app.failed': 'Isso não funcionou',
  'app.menu.open': 'Abrir menu',
  'app.menu.close': 'Fechar menu',
  'app.header.badge': 'Admin',
  'app.nav.label': 'Principal',
  'app.nav.users': 'Usuários',
  'app.nav.groups': 'Grupos',
  'app.nav.learners': 'Participantes',
  'app.nav.training': 'Treinamento',
  'app.nav.courses': 'Cursos',
  'app.nav.reports': 'Relatórios',
  'app.nav.signUp': 'Inscrição',
  'app.nav.kiosk': 'Quiosque',
  'app.nav.admin': 'Administração',
  'app.nav.settings': 'Configurações',
  'app.close': 'Fechar',
  'app.clearDate': 'Limpar data',
  'app.groupPicker.nothingFound': 'Nenhum grupo com esse nome',
};

export default app;
