import type { SignInCatalogue } from './en';

const pt: SignInCatalogue = {
  'signIn.title': 'Esta aba não está conectada',
  'signIn.body':
    'Abra o JoinDesk por um link de acesso. Cada link funciona uma única vez, na aba que o abre: para obter novos, pressione Enter no terminal onde <code>npm run serve</code> está rodando, ou use Iniciar quiosque nas telas de administração.',
};

export default pt;
