import type { MAIN_TEXT } from '../../../../../shared/textMain';
import type { Translation } from '../types';

/** What main says (shared/textMain.ts), in this language. */
const errors: Translation<typeof MAIN_TEXT> = {
  'request.invalid': 'La requête n’était pas valide.',
  'request.unexpectedField': 'Champ inattendu : {field}.',
  'request.unknownChannel': 'Canal inconnu : {channel}',
  'request.forbidden': 'Cet écran ne peut pas faire cela.',
  'request.internal': 'Un problème est survenu et rien n’a été modifié. Veuillez réessayer.',
  'request.paused': 'Un instant : JoinDesk restaure une sauvegarde. Réessayez dans quelques secondes.',
  'request.pausedKiosk': 'Un instant, s’il vous plaît : l’inscription reprendra d’elle-même dans quelques secondes.',
  'request.notFromWindow': 'Cette requête ne vient pas d’une fenêtre JoinDesk.',
  'request.noSuchChannel': 'Ce canal n’existe pas.',
  'request.signIn': 'Connectez-vous avec un lien de JoinDesk, ou envoyez un jeton d’accès valide.',
  'request.channelForbidden': 'Cet écran ne peut pas appeler ce canal.',
  'request.usePost': 'Utilisez POST.',
  'request.tooLarge': 'La requête est trop volumineuse ({size, number} {unit, select, GB {Go} MB {Mo} other {Ko}} au maximum).',
  'request.notJson': 'Le corps de la requête n’est pas du JSON.',
  'request.tooMany': 'Trop de requêtes en même temps depuis cet écran. Réessayez dans un instant.',
  'request.serverBusy': 'JoinDesk est occupé. Réessayez dans un instant.',
  'request.unpaired': 'Cet écran n’est plus associé à JoinDesk. Demandez à un formateur de l’associer de nouveau.',

  'files.noSuchFile': 'Ce fichier n’existe pas.',
  'files.signIn': 'Connectez-vous avec un lien de JoinDesk.',
  'files.adminOnly': 'Seul un administrateur peut faire cela.',
  'files.usage': 'Téléchargez avec {get} ; envoyez un fichier avec {post}.',
  'files.noBackup': 'Aucune sauvegarde ne porte ce nom.',
  'files.tooLarge': 'Ce fichier est trop volumineux ({size, number} {unit, select, GB {Go} MB {Mo} other {Ko}} au maximum).',
  'files.notStored': 'Le fichier n’a pas pu être enregistré.',

  'failure.diskFull':
    'Le disque est plein : rien n’a été enregistré. Libérez de l’espace sur le disque de cet ordinateur, puis réessayez.',
  'failure.readOnly':
    'JoinDesk ne peut pas écrire dans son dossier de données (le disque ou le dossier est en lecture seule) : rien n’a été enregistré. Rendez-le accessible en écriture, ou déplacez les données sur un disque accessible en écriture.',
  'failure.busy':
    'Un autre programme bloque le fichier de données de JoinDesk : rien n’a été enregistré. Fermez tout programme qui pourrait l’avoir ouvert (visionneuse de base de données, outil de synchronisation ou de sauvegarde), puis réessayez.',
  'failure.kiosk': 'L’inscription ne fonctionne pas pour le moment et rien n’a été enregistré. Adressez-vous à un formateur.',

  'job.busy.importPreview': 'Une importation est en cours de vérification. Réessayez quand elle sera terminée.',
  'job.busy.importCommit': 'Une importation est en cours. Réessayez quand elle sera terminée.',
  'job.busy.backupCreate': 'Une sauvegarde est en cours. Réessayez quand elle sera terminée.',
  'job.busy.backupAuto': 'La sauvegarde quotidienne est en cours. Réessayez quand elle sera terminée.',
  'job.busy.backupRestore': 'Une sauvegarde est en cours de restauration. Réessayez quand elle sera terminée.',
  'job.busy.export': 'Une exportation est en cours. Réessayez quand elle sera terminée.',

  'group.notFound': 'Ce groupe n’existe pas.',
  'group.gone': 'Ce groupe n’existe plus.',
  'group.nameTaken': 'Un groupe porte déjà ce nom.',
  'group.someMissing': 'Certains de ces groupes n’existent pas.',
  'course.notFound': 'Ce cours n’existe pas.',
  'course.someMissing': 'Certains de ces cours n’existent pas.',

  'learner.notFound': 'Cet apprenant n’existe pas (ou plus).',
  'learner.emailTaken': 'Cette adresse e-mail est déjà inscrite, dans {group}. Changez plutôt cet apprenant de groupe.',
  'learner.emailTakenMerge':
    'Cette adresse e-mail est déjà inscrite, dans {group}. S’il s’agit de la même personne, fusionnez plutôt les deux apprenants.',
  'learner.mergeDuringImport':
    'Une importation en masse ajoute ou déplace encore l’un de ces apprenants. Fusionnez-les une fois qu’elle sera terminée.',
  'learner.alreadyInGroup': '{name} est déjà dans {group}.',
  'learner.pageMarker': 'Ce repère de page n’appartient pas à cette liste. Recommencez depuis le début.',
  'learner.searchTooDeep':
    'Une recherche liste ses {cap, number} premiers résultats. Complétez la recherche pour trouver les autres.',
  'progress.courseNotAssigned': 'Ce cours ne fait pas partie des cours du groupe de l’apprenant.',
  'progress.futureDate': 'Une date de fin ne peut pas être dans le futur.',

  'joinCode.customOff': 'Les codes personnalisés sont désactivés dans les Paramètres : générez plutôt un nouveau code.',
  'joinCode.takenLive': 'Un autre groupe utilise déjà ce code. Choisissez-en un autre.',
  'joinCode.takenOwnRetired': 'Ce groupe a déjà utilisé ce code. Les anciens codes restent retirés : choisissez-en un nouveau.',
  'joinCode.takenOtherRetired': 'Ce code appartenait à un autre groupe et reste réservé. Choisissez-en un autre.',
  'joinCode.alreadyCurrent': 'C’est déjà le code actuel du groupe.',
  'joinCode.otherGroups': 'Ce code appartient à un autre groupe et lui reste réservé.',
  'joinCode.neverHad': 'Ce groupe n’a jamais eu ce code : seuls ses propres anciens codes peuvent revenir.',
  'joinCode.policyForbids': 'Les règles de codes des Paramètres n’autorisent plus ce code : générez-en plutôt un nouveau.',
  'joinCode.closeBeforeOpen': 'L’heure de fermeture doit être postérieure à l’heure d’ouverture.',

  'signup.codeUnknown': 'Ce code d’accès est introuvable. Vérifiez-le auprès de votre formateur.',
  'signup.codeRetired': 'Ce code d’accès a changé. Demandez le nouveau à votre formateur.',
  'signup.codeDisabled': 'Les inscriptions avec ce code sont suspendues.',
  'signup.notYetOpen': 'Les inscriptions avec ce code ouvrent le {at, date, ::dMMMMyHHmm}.',
  'signup.closed': 'Les inscriptions avec ce code ont fermé le {at, date, ::dMMMMyHHmm}.',
  'signup.groupFull':
    'Ce groupe est complet. Demandez à votre formateur d’ouvrir des places supplémentaires ou de vous donner un autre code.',
  'signup.emailRegistered': 'Cette adresse e-mail est déjà inscrite. Demandez de l’aide à un formateur.',
  'signup.kioskLocked': 'Cette borne est verrouillée après trop de tentatives erronées. Adressez-vous à un administrateur.',

  'pin.wrong': 'Ce code PIN est incorrect.',
  'pin.currentWrong': 'Le code PIN actuel est incorrect.',
  'pin.needed': 'Définissez d’abord un code PIN administrateur : il est nécessaire pour quitter ou déverrouiller la borne.',
  'attempts.throttled':
    'Trop de tentatives. Réessayez dans {seconds, plural, one {# seconde} many {# de secondes} other {# secondes}}.',

  'network.noAddress': 'Cet ordinateur n’a pas l’adresse {address} pour le moment. Choisissez un réseau dans la liste.',
  'network.portInUse': 'Un autre programme utilise déjà le port {port}. Choisissez un autre port.',
  'network.portDenied': 'Cet ordinateur ne permet pas à JoinDesk d’utiliser le port {port}. Choisissez un autre port.',
  'network.openFailed': 'JoinDesk n’a pas pu ouvrir les inscriptions sur ce réseau. Réessayez, ou choisissez-en un autre.',
  'network.noRoom': 'L’inscription depuis la salle nécessite l’application de bureau ou le mode serveur.',
  'network.chooseAddress': 'Choisissez le réseau sur lequel se trouvent les personnes dans la salle.',
  'network.roomOff': 'L’inscription depuis la salle est désactivée. Activez-la d’abord sur la page Borne.',
  'station.needsRoom': 'Activez d’abord l’inscription depuis la salle : les postes se connectent par ce réseau.',
  'station.tooMany': '{max} postes au maximum : retirez-en un d’abord.',
  'station.gone': 'Ce poste a déjà été retiré.',
  'session.serveOnly': 'Les liens de connexion n’existent qu’en mode serveur (npm run serve).',

  'backup.notFound': 'Aucune sauvegarde ne porte ce nom. Choisissez-en une dans la liste.',
  'backup.notWhole': 'Ce fichier est tronqué ou endommagé : ce n’est pas une sauvegarde complète.',
  'backup.desktopOnly':
    'Cela se fait dans l’application de bureau. Dans un navigateur, téléchargez ou envoyez plutôt le fichier.',

  'restore.empty': 'Ce fichier est vide : il s’agit peut-être d’une sauvegarde interrompue.',
  'restore.notSqlite': 'Ce fichier n’est pas une sauvegarde JoinDesk (ce n’est pas une base de données SQLite).',
  'restore.unreadable': 'Ce fichier est endommagé et ne peut pas être lu.',
  'restore.notJoinDesk': 'Ce fichier est une base de données SQLite, mais pas une base JoinDesk.',
  'restore.notUtf8': 'Ce fichier n’est pas une sauvegarde JoinDesk (son encodage de texte n’est pas UTF-8).',
  'restore.newer':
    'Cette sauvegarde a été faite par une version plus récente de JoinDesk. Mettez JoinDesk à jour pour la restaurer.',
  'restore.unknownVersion': 'Ce fichier porte un numéro de version de JoinDesk qui n’a jamais existé ({version}).',
  'restore.damaged': 'Ce fichier est endommagé ({detail}).',
  'restore.brokenLinks': 'Ce fichier contient des liens rompus entre ses enregistrements.',
  'restore.notUpgradable': 'Cette sauvegarde n’a pas pu être mise à niveau vers cette version de JoinDesk.',
  'restore.schemaExtra':
    'Ce fichier n’est pas une sauvegarde telle que JoinDesk les crée : il contient {type, select, table {une table inattendue} index {un index inattendu} trigger {un déclencheur inattendu} view {une vue inattendue} other {un objet {type} inattendu}} « {name} ».',
  'restore.schemaMissing':
    'Ce fichier n’est pas une sauvegarde telle que JoinDesk les crée : {type, select, table {sa table} index {son index} trigger {son déclencheur} view {sa vue} other {son objet {type}}} « {name} » manque ou a été modifié.',
  'restore.invalid.group':
    'Ce fichier n’est pas une sauvegarde telle que JoinDesk les crée : il contient un groupe que JoinDesk n’aurait pas enregistré.',
  'restore.invalid.joinCode':
    'Ce fichier n’est pas une sauvegarde telle que JoinDesk les crée : il contient un code d’accès que JoinDesk n’aurait pas enregistré.',
  'restore.invalid.retiredCode':
    'Ce fichier n’est pas une sauvegarde telle que JoinDesk les crée : il contient un ancien code d’accès que JoinDesk n’aurait pas enregistré.',
  'restore.invalid.codeLiveAndRetired':
    'Ce fichier n’est pas une sauvegarde telle que JoinDesk les crée : il contient un code d’accès à la fois actif et retiré.',
  'restore.invalid.learner':
    'Ce fichier n’est pas une sauvegarde telle que JoinDesk les crée : il contient un apprenant que JoinDesk n’aurait pas enregistré.',
  'restore.invalid.merge':
    'Ce fichier n’est pas une sauvegarde telle que JoinDesk les crée : il contient une fusion d’apprenants que JoinDesk n’aurait pas enregistrée.',
  'restore.invalid.mergedStillThere':
    'Ce fichier n’est pas une sauvegarde telle que JoinDesk les crée : il contient un apprenant à la fois fusionné avec un autre et toujours présent.',
  'restore.invalid.course':
    'Ce fichier n’est pas une sauvegarde telle que JoinDesk les crée : il contient un cours que JoinDesk n’aurait pas enregistré.',
  'restore.invalid.attempts':
    'Ce fichier n’est pas une sauvegarde telle que JoinDesk les crée : il contient un décompte d’inscriptions échouées que JoinDesk n’aurait pas enregistré.',
  'restore.invalid.setting':
    'Ce fichier n’est pas une sauvegarde telle que JoinDesk les crée : il contient un paramètre « {key} » que JoinDesk n’écrit jamais.',

  'import.empty': 'Le fichier est vide.',
  'import.columnsSame': 'Deux colonnes ont le même sens : « {first} » et « {second} ». Gardez-en une seule.',
  'import.columnsMissing':
    'Aucune colonne {missing, select, name {name} email {email} group {group} nameEmail {name ni email} nameGroup {name ni group} emailGroup {email ni group} other {name, email ni group}}. La première ligne contient : {columns}. JoinDesk lit : name (ou first name et last name), email et group (ou join code).',
  'import.columnsMissingEmpty':
    'Aucune colonne {missing, select, name {name} email {email} group {group} nameEmail {name ni email} nameGroup {name ni group} emailGroup {email ni group} other {name, email ni group}}. La première ligne ne contient rien. JoinDesk lit : name (ou first name et last name), email et group (ou join code).',
  'import.overLimit':
    '{count, plural, one {Ce fichier ferait dépasser son maximum à {last}.} many {Ce fichier ferait dépasser leur maximum à {others} et {last}.} other {Ce fichier ferait dépasser leur maximum à {others} et {last}.}} Choisissez d’importer seulement jusqu’au maximum, ou de tout importer et de le relever.',

  'import.row.nameEmpty': 'Le nom est vide.',
  'import.row.nameUnusable': 'Ce nom ne peut pas être utilisé.',
  'import.row.emailEmpty': 'L’adresse e-mail est vide.',
  'import.row.emailUnusable': 'Cette adresse e-mail ne peut pas être utilisée.',
  'import.row.noGroupNamed': 'Aucun groupe ne s’appelle « {group} ».',
  'import.row.noGroupWithCode': 'Aucun groupe n’a ce code d’accès.',
  'import.row.groupEmpty': 'Le groupe est vide : indiquez-le par son nom ou son code d’accès.',
  'import.row.duplicate': 'Cette adresse e-mail figure déjà à la ligne {line} du fichier.',
  'import.row.full': '{group} a atteint son maximum ({seats, plural, one {# place} many {# de places} other {# places}}).',
  'import.row.member': 'Déjà dans {group}.',
  'import.row.registered': 'Déjà inscrit, dans {group}.',
};

export default errors;
