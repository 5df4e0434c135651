import type { SCHEMA_TEXT } from '../../../../../shared/textSchemas';
import type { Translation } from '../types';

// French puts a no-break space (\u00a0) before ":", "!" and "?", and inside « ».

/** What the shared schemas say (shared/textSchemas.ts), in this language. Values a script sends stay as they are. */
const schemas: Translation<typeof SCHEMA_TEXT> = {
  'field.text': 'Texte attendu.',
  'field.trueOrFalse': 'Vrai ou faux attendu.',
  'field.onOrOff': 'Activé ou désactivé attendu.',
  'field.yesOrNo': 'Oui ou non attendu.',
  'field.wholeNumber': 'Nombre entier attendu.',
  'field.idWholeNumber': 'Identifiant entier attendu.',
  'field.idPositive': 'Identifiant positif attendu.',
  'field.idList': 'Liste d’identifiants attendue.',
  'field.idListTooLong': '{max, number} au maximum à la fois.',
  'field.pageSize': 'Valeur attendue de {min, number} à {max, number}.',
  'field.offset': '{min, number} ou plus attendu.',
  'field.pageMarker': 'Marqueur de page attendu.',
  'field.pageMarkerTooLong': 'Ce marqueur de page est trop long.',
  'field.dateTime': 'Date et heure attendues.',
  'field.isoDateTime': 'Date et heure au format ISO 8601 attendues.',
  'field.date': 'Date attendue au format 2026-03-01.',
  'field.searchTooLong': 'Le texte recherché ne peut pas dépasser {max, number} caractères.',
  'field.descriptionTooLong': 'La description ne peut pas dépasser {max, number} caractères.',
  'field.noteTooLong': '{max, number} caractères au maximum.',

  'field.nameRequired': 'Saisissez votre prénom et votre nom.',
  'field.nameFarTooLong': 'Ce nom est trop long.',
  'field.nameTooLong': 'Le nom ne peut pas dépasser {max, number} caractères.',
  'field.emailRequired': 'Saisissez votre adresse e-mail.',
  'field.emailFarTooLong': 'Cette adresse e-mail est trop longue.',
  'field.emailInvalid': 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.',
  'field.codeRequired': 'Saisissez un code d’accès.',
  'field.codeTooLong': 'Ce code d’accès est trop long.',
  'field.codeCharacters': 'Un code d’accès ne contient que des lettres de A à Z et des chiffres de 0 à 9.',
  'field.customCodeTooShort':
    'Un code d’accès doit compter au moins {min, plural, one {# lettre ou chiffre} many {# de lettres ou chiffres} other {# lettres ou chiffres}}.',
  'field.customCodeTooLong':
    'Un code d’accès ne peut pas dépasser {max, plural, one {# lettre ou chiffre} many {# de lettres ou chiffres} other {# lettres ou chiffres}}.',
  'field.customCodeShort': 'Les codes courts sont plus faciles à deviner\u00a0: {min, number} caractères ou plus sont plus sûrs.',
  'field.pinRequired': 'Saisissez le code PIN.',
  'field.pinTooLong': 'Ce code PIN est trop long.',
  'field.adminPinDigits': 'Le code PIN administrateur compte de {min, number} à {max, number} chiffres.',

  'field.groupNameRequired': 'Saisissez un nom de groupe.',
  'field.groupNameFarTooLong': 'Ce nom de groupe est trop long.',
  'field.groupNameTooLong': 'Le nom d’un groupe ne peut pas dépasser {max, number} caractères.',
  'field.role': 'Choisissez parmi\u00a0: learner, instructor, manager.',
  'field.codeState': 'État de code inconnu.',
  'field.codeMinLengthLow': '{min, number} au minimum.',
  'field.codeMinLengthHigh': '{max, number} au maximum.',
  'field.maxUsesLow': 'Le nombre maximal d’utilisations doit être d’au moins {min, number}.',
  'field.maxUsesHigh': 'Le nombre maximal d’utilisations ne peut pas dépasser {max, number}.',

  'field.learnerSort': 'Tri inconnu.',
  'field.sortDirection': 'Utilisez asc ou desc.',
  'field.learnerNoChange': 'Modifiez le nom, l’adresse e-mail ou le rôle.',
  'field.mergeSameLearner': 'Choisissez un autre apprenant à fusionner.',
  'field.courseTitleRequired': 'Saisissez un titre de cours.',
  'field.courseTitleFarTooLong': 'Ce titre est trop long.',
  'field.courseTitleTooLong': 'Le titre d’un cours ne peut pas dépasser {max, number} caractères.',
  'field.progressStatus': 'Utilisez not-started, started ou completed.',
  'field.learnersNone': 'Choisissez au moins un apprenant.',
  'field.completedTwice': 'Indiquez une date de fin ou une date et une heure, pas les deux.',

  'field.csvText': 'Fichier CSV attendu sous forme de texte.',
  'field.csvTooLarge': 'Ce fichier est trop volumineux ({max, number} Mo au maximum).',
  'field.importExisting': 'Choisissez skip ou move.',
  'field.importOverLimit': 'Choisissez fit ou raise.',
  'field.exportKind': 'Export inconnu.',
  'field.auditAction': 'Action inconnue.',

  'field.backupChoose': 'Choisissez une sauvegarde dans la liste.',
  'field.backupName': 'Ce n’est pas un nom de sauvegarde.',
  'field.backupsKeptLow': 'Conservez-en au moins {min, number}.',
  'field.backupsKeptHigh': '{max, number} au maximum.',

  'field.languageChoose': 'Choisissez une langue.',
  'field.languageUnknown': 'Choisissez l’une des langues de JoinDesk.',
  'field.languageList': 'Liste de langues attendue.',
  'field.languagesNone': 'Proposez au moins une langue.',
  'field.languagesRepeated': 'Chaque langue une seule fois.',
  'field.defaultLanguageNotOffered': 'La langue par défaut doit faire partie de celles que propose la borne.',
  'field.adminLanguage': 'Choisissez une langue de JoinDesk ou celle de cet ordinateur.',
  'field.orgNameTooLong': '{max, number} caractères au maximum.',
  'field.idleSeconds': 'Nombre entier de secondes attendu.',
  'field.idleSecondsLow': 'Au moins {min, plural, one {# seconde} many {# de secondes} other {# secondes}}.',
  'field.idleSecondsHigh': 'Une heure au maximum.',

  'field.stationNameRequired': 'Donnez un nom au poste.',
  'field.stationNameTooLong': '{max, number} caractères au maximum.',
  'field.address': 'Adresse attendue.',
  'field.addressTooLong': 'Cette adresse est trop longue.',
  'field.addressInvalid': 'Saisissez une adresse IP, par exemple 192.168.1.20.',
  'field.addressNotOne':
    'Choisissez une adresse de cet ordinateur, pas «\u00a0toutes les adresses\u00a0» ni une adresse de multidiffusion.',
  'field.port': 'Numéro de port attendu.',
  'field.portLow': 'Utilisez un port à partir de {min, number, ::group-off}.',
  'field.portHigh': '{max, number, ::group-off} au maximum.',
  'field.audience': 'Choisissez admin ou kiosk.',
};

export default schemas;
