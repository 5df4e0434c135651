import type { Translation } from '../types';
import type { kiosk as english } from './en';

const kiosk: Translation<typeof english> = {
  'kiosk.title': 'Borne',
  'kiosk.intro':
    'La borne est l’écran d’inscription des apprenants. Chaque apprenant saisit son nom complet, son e-mail et le code d’accès de son groupe, et rejoint ce groupe avec ses cours.',
  'kiosk.point.onlyRegisters':
    'Elle ne peut qu’inscrire des apprenants : elle ne peut ni voir ni modifier les groupes, les codes ou les autres apprenants.',
  'kiosk.point.clears':
    'Après chaque inscription, elle montre son groupe à l’apprenant, puis s’efface pour la personne suivante.',
  'kiosk.point.fullScreen':
    'Dans l’application de bureau, elle occupe tout l’écran ; pour la quitter, il faut le code PIN administrateur.',
  'kiosk.start': 'Démarrer la borne',
  'kiosk.pinFirst.title': 'Définissez d’abord un code PIN administrateur',
  'kiosk.pinFirst.body':
    'Le code PIN sert à quitter ou à déverrouiller la borne. Choisissez 6 à 12 chiffres, et gardez-le hors de portée des apprenants.',
  'kiosk.locked.title': 'Une borne est verrouillée',
  'kiosk.locked.body':
    'Elle a reçu 100 codes d’accès erronés, ou 10 codes PIN erronés pour la quitter, en une journée. Saisissez le code PIN administrateur pour la déverrouiller.',
  'kiosk.locked.unlock': 'Déverrouiller',
  'kiosk.unlocked.title': 'Borne déverrouillée',
  'kiosk.unlocked.message': 'Les compteurs de codes et de codes PIN erronés des bornes repartent de zéro.',
  'kiosk.settings.title': 'Ce qu’affiche la borne',
  'kiosk.settings.orgName': 'Nom de l’organisation',
  'kiosk.settings.welcome': 'Message d’accueil',
  'kiosk.settings.idle': 'Effacer le formulaire après ce nombre de secondes sans saisie',
  'kiosk.settings.idleHint': 'Les apprenants voient alors un avertissement de 30 secondes qu’ils peuvent ignorer.',
  'kiosk.settings.languages': 'Langues proposées aux apprenants',
  'kiosk.settings.languagesHint': 'La borne affiche un bouton par langue. Avec une seule langue, elle n’en affiche aucun.',
  'kiosk.settings.defaultLanguage': 'Langue par défaut',
  'kiosk.settings.defaultLanguageHint':
    'Chaque apprenant commence dans cette langue, et la borne y revient après chaque inscription et quand elle s’efface.',
  'kiosk.settings.languageName': '{own} ({here})',
  'kiosk.settings.save': 'Enregistrer les réglages de la borne',
  'kiosk.settings.saved.title': 'Réglages de la borne enregistrés',
  'kiosk.settings.saved.message': 'La borne les affiche dès son prochain écran.',
  'kiosk.pin.title': 'Code PIN administrateur',
  'kiosk.pin.set': 'Un code PIN est défini. Il est stocké sous forme de hachage salé ; personne ne peut le relire.',
  'kiosk.pin.none': 'Aucun code PIN pour l’instant : définissez-en un avant de démarrer la borne.',
  'kiosk.pin.current': 'Code PIN actuel',
  'kiosk.pin.new': 'Nouveau code PIN',
  'kiosk.pin.admin': 'Code PIN administrateur',
  'kiosk.pin.hint': '6 à 12 chiffres.',
  'kiosk.pin.again': 'Confirmez le code PIN',
  'kiosk.pin.show': 'Afficher ou masquer le code PIN',
  'kiosk.pin.change': 'Changer le code PIN',
  'kiosk.pin.setButton': 'Définir le code PIN',
  'kiosk.pin.mismatch': 'Les deux codes PIN ne sont pas identiques.',
  'kiosk.pin.saved.title': 'Code PIN administrateur enregistré',
  'kiosk.pin.saved.message': 'Utilisez-le pour quitter ou déverrouiller la borne.',
  'kiosk.room.title': 'Inscription depuis la salle',
  'kiosk.room.intro':
    'Les apprenants s’inscrivent sur leur propre téléphone : ils scannent le code QR d’un groupe (sur sa page, sa vue de présentation ou sa carte d’accès) et la page d’inscription s’ouvre avec le code du groupe déjà rempli. Rien ne sort de la salle : les téléphones communiquent avec cet ordinateur via le réseau que vous choisissez.',
  'kiosk.room.noNetwork.title': 'Aucun réseau à partager',
  'kiosk.room.noNetwork.body':
    'Cet ordinateur n’est connecté à aucun réseau pour le moment. Connectez-vous au Wi-Fi de la salle, ou créez un point d’accès sur cet ordinateur, puis revenez sur cette page.',
  'kiosk.room.network': 'Réseau',
  'kiosk.room.networkHint': 'L’adresse de cet ordinateur sur le réseau qu’utilisent les personnes dans la salle.',
  'kiosk.room.networkExample': 'p. ex. {address}',
  'kiosk.room.port': 'Port',
  'kiosk.room.portHint': '{port}, sauf si un autre programme l’utilise.',
  'kiosk.room.open': 'Permettre aux téléphones et aux autres écrans de cette salle d’inscrire',
  'kiosk.room.phones': 'Les téléphones peuvent s’inscrire avec le lien de salle d’un groupe',
  'kiosk.room.phonesHint': 'Désactivé : seuls les postes appairés (ci-dessous) peuvent inscrire des personnes.',
  'kiosk.room.isOpen':
    '<b>Ouvert à la salle.</b> Les personnes dans la salle utilisent <b><ltr>{url}</ltr></b>. La page de chaque groupe affiche son propre lien et son code QR.',
  'kiosk.room.isOff':
    'Désactivé : rien sur le réseau ne peut joindre JoinDesk. Cela reste désactivé après un redémarrage, jusqu’à ce que vous l’activiez ici.',
  'kiosk.room.point.onlySignUp':
    'Seule la page d’inscription est partagée. Les pages d’administration n’existent pas à cette adresse, quoi qu’on y envoie.',
  'kiosk.room.point.plainHttp':
    'La connexion est en HTTP non chiffré : une personne sur le même Wi-Fi pourrait lire ce que saisit un apprenant (nom, e-mail, code d’accès). Le code d’accès décide toujours qui entre, et chaque téléphone est limité dans le nombre de codes erronés qu’il peut essayer.',
  'kiosk.stations.title': 'Postes',
  'kiosk.stations.add': 'Ajouter un poste',
  'kiosk.stations.intro':
    'Un poste est un ordinateur portable ou une tablette disponible qui affiche la borne complète (accueil, cours, effacement automatique) via le réseau de la salle. Appairez-le une fois ; il reste appairé jusqu’à ce que vous le retiriez.',
  'kiosk.stations.turnOnFirst': 'Activez l’inscription depuis la salle pour en ajouter un.',
  'kiosk.stations.table': 'Postes',
  'kiosk.stations.name': 'Nom',
  'kiosk.stations.status': 'État',
  'kiosk.stations.lastSeen': 'Dernière activité',
  'kiosk.stations.signupsToday': 'Inscriptions du jour',
  'kiosk.stations.actions': 'Actions',
  'kiosk.stations.state.paired': 'Appairé',
  'kiosk.stations.state.pairing': 'En attente d’appairage',
  'kiosk.stations.state.expired': 'Code expiré',
  'kiosk.stations.neverSeen': 'Pas encore',
  'kiosk.stations.remove': 'Retirer',
  'kiosk.stations.removeOne': 'Retirer {name}',
  'kiosk.stations.removed.title': 'Poste retiré',
  'kiosk.stations.removed.message': '{name} ne peut plus inscrire personne.',
  'kiosk.stations.pairTitle': 'Appairer {name}',
  'kiosk.stations.stationName': 'Nom du poste',
  'kiosk.stations.stationNameHint': 'Pour savoir de quel écran il s’agit, p. ex. Tablette de l’accueil.',
  'kiosk.stations.showCode': 'Afficher le code d’appairage',
  'kiosk.stations.paired.title': 'Appairé',
  'kiosk.stations.paired.body': '{name} est appairé : il affiche maintenant la borne d’inscription.',
  'kiosk.stations.scan': 'Sur le poste, scannez ce code, ou ouvrez l’adresse ci-dessous et saisissez le code d’appairage.',
  'kiosk.stations.qr': 'Code QR de l’adresse d’appairage {url}',
  'kiosk.stations.code': 'Code d’appairage {code}',
  'kiosk.stations.worksFor': 'Valable une fois, encore {time}.',
  'kiosk.stations.expired': 'Ce code a expiré. Fermez cette fenêtre et ajoutez à nouveau le poste.',
};

export default kiosk;
