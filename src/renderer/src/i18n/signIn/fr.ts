import type { SignInCatalogue } from './en';

const fr: SignInCatalogue = {
  'signIn.title': 'Cet onglet n’est pas connecté',
  'signIn.body':
    'Ouvrez JoinDesk depuis un lien de connexion. Chaque lien ne fonctionne qu’une fois, dans l’onglet qui l’ouvre : pour en obtenir de nouveaux, appuyez sur Entrée dans le terminal où tourne <code>npm run serve</code>, ou utilisez Démarrer la borne dans les écrans d’administration.',
};

export default fr;
