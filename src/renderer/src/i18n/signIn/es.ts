import type { SignInCatalogue } from './en';

const es: SignInCatalogue = {
  'signIn.title': 'Esta pestaña no tiene la sesión iniciada',
  'signIn.body':
    'Abre JoinDesk desde un enlace de inicio de sesión. Cada enlace funciona una sola vez, en la pestaña que lo abre: para obtener otros nuevos, pulsa Intro en la terminal donde se ejecuta <code>npm run serve</code>, o usa Iniciar quiosco en las pantallas de administración.',
};

export default es;
