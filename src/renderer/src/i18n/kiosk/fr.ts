import type { KioskCatalogue } from './en';

// French puts a no-break space (\u00a0) before ":", "!" and "?".
const fr: KioskCatalogue = {
  'page.title': 'Inscription — JoinDesk',
  'language.label': 'Langue',

  'form.title': 'Rejoignez votre groupe',
  'form.intro': 'Saisissez vos coordonnées et le code d’accès que votre formateur vous a donné.',
  'form.introPhone': 'Saisissez votre nom et votre adresse e-mail. Le code d’accès de votre groupe est déjà rempli.',
  'form.name': 'Prénom et nom',
  'form.email': 'Adresse e-mail',
  'form.code': 'Code d’accès',
  'form.codeHint': 'Il ressemble à ABCD-1234. Majuscules, espaces et tirets n’ont pas d’importance.',
  'form.submit': 'Rejoindre le groupe',
  'form.errorTitle': 'Impossible de vous inscrire',
  'form.throttled':
    'Trop de tentatives. Réessayez dans {seconds, plural, one {# seconde} many {# de secondes} other {# secondes}}.',

  'check.nameRequired': 'Saisissez votre prénom et votre nom.',
  'check.nameTooLong': 'Le nom ne peut pas dépasser {max, number} caractères.',
  'check.emailRequired': 'Saisissez votre adresse e-mail.',
  'check.emailInvalid': 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.',
  'check.codeRequired': 'Saisissez un code d’accès.',
  'check.codeCharacters': 'Un code d’accès ne contient que des lettres de A à Z et des chiffres de 0 à 9.',
  'check.codeTooLong': 'Ce code d’accès est trop long.',

  'error.code-unknown': 'Ce code d’accès est introuvable. Vérifiez-le auprès de votre formateur.',
  'error.code-retired': 'Ce code d’accès a changé. Demandez le nouveau à votre formateur.',
  'error.code-disabled': 'Les inscriptions avec ce code sont suspendues.',
  'error.code-not-yet-valid': 'Les inscriptions avec ce code ouvrent le {when}.',
  'error.code-expired': 'Les inscriptions avec ce code ont fermé le {when}.',
  'error.group-full':
    'Ce groupe est complet. Demandez à votre formateur d’ouvrir des places supplémentaires ou de vous donner un autre code.',
  'error.email-registered': 'Cette adresse e-mail est déjà inscrite. Demandez de l’aide à un formateur.',
  'error.kiosk-locked': 'Cette borne est verrouillée après trop de tentatives erronées. Adressez-vous à un administrateur.',
  'error.paused': 'Un instant, s’il vous plaît\u00a0: l’inscription reprendra d’elle-même dans quelques secondes.',
  'error.forbidden': 'Cet écran n’est plus relié à JoinDesk. Adressez-vous à un formateur.',
  'error.unpaired': 'Cet écran n’est plus associé à JoinDesk. Demandez à un formateur de l’associer de nouveau.',
  'error.other': 'L’inscription ne fonctionne pas pour le moment et rien n’a été enregistré. Adressez-vous à un formateur.',

  'success.title': 'Inscription réussie\u00a0!',
  'success.welcome': 'Bienvenue dans le groupe <b>{group}</b>.',
  'success.registeredAs': 'Adresse enregistrée\u00a0: <ltr>{email}</ltr>',
  'success.courses': 'Vos formations',
  'success.noCourses': 'Votre formateur vous dira quand vos formations commencent.',
  'success.done': 'Terminé',
  'success.closePage': 'C’est terminé\u00a0: vous pouvez fermer cette page.',

  'locked.title': 'Cette borne est verrouillée',
  'locked.body':
    'Trop de codes d’accès ou de codes PIN erronés ont été saisis. Demandez à un administrateur de la déverrouiller.',

  'idle.title': 'Êtes-vous toujours là\u00a0?',
  'idle.body':
    'Pour protéger vos données, ce formulaire s’effacera dans {seconds, plural, one {# seconde} many {# de secondes} other {# secondes}}.',
  'idle.stay': 'Je suis toujours là',

  'exit.open': 'Personnel\u00a0: quitter la borne',
  'exit.title': 'Quitter le mode borne',
  'exit.pin': 'Code PIN administrateur',
  'exit.pinRequired': 'Saisissez le code PIN.',
  'exit.pinWrong': 'Ce code PIN est incorrect.',
  'exit.pinShow': 'Afficher ou masquer le code PIN',
  'exit.submit': 'Quitter la borne',
  'exit.lockedTitle': 'Sortie verrouillée',
  'exit.lockedBody':
    'La sortie reste verrouillée jusqu’à ce qu’un administrateur déverrouille cette borne sur la page Borne. Pour y accéder, redémarrez JoinDesk (ou l’ordinateur s’il ne se ferme pas), puis saisissez le code PIN administrateur sur la page Borne.',
  'exit.close': 'Fermer',
};

export default fr;
