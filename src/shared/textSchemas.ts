/**
 * What the shared schemas say about a value they refuse, in English: see text.ts. A schema gives
 * `schemaText(id)`; a limit is a placeholder with its value in `FIXED_VALUES`. No two ids may read
 * the same in English, so the words lead back to one id. Values a script sends (`skip`, `asc`,
 * `learner`) stay as they are in every language.
 */
export const SCHEMA_TEXT = {
  // Values of any kind
  'field.text': 'Expected text.',
  'field.trueOrFalse': 'Expected true or false.',
  'field.onOrOff': 'Expected on or off.',
  'field.yesOrNo': 'Expected yes or no.',
  'field.wholeNumber': 'Expected a whole number.',
  'field.idWholeNumber': 'Expected a whole-number id.',
  'field.idPositive': 'Expected a positive id.',
  'field.idList': 'Expected a list of ids.',
  'field.idListTooLong': 'At most {max, number} at once.',
  'field.pageSize': 'Expected {min, number} to {max, number}.',
  'field.offset': 'Expected {min, number} or more.',
  'field.pageMarker': 'Expected a page marker.',
  'field.pageMarkerTooLong': 'That page marker is too long.',
  'field.dateTime': 'Expected a date and time.',
  'field.isoDateTime': 'Expected an ISO 8601 date and time.',
  'field.date': 'Expected a date like 2026-03-01.',
  'field.searchTooLong': 'Search text can have at most {max, number} characters.',
  'field.descriptionTooLong': 'Descriptions can have at most {max, number} characters.',
  'field.noteTooLong': 'At most {max, number} characters.',

  // People and join codes (the kiosk's sign-up form says these in its own words)
  'field.nameRequired': 'Enter your full name.',
  'field.nameFarTooLong': 'That name is too long.',
  'field.nameTooLong': 'Names can have at most {max, number} characters.',
  'field.emailRequired': 'Enter your email address.',
  'field.emailFarTooLong': 'That email address is too long.',
  'field.emailInvalid': 'Enter a valid email address, like name@example.com.',
  'field.codeRequired': 'Enter a join code.',
  'field.codeTooLong': 'That join code is too long.',
  'field.codeCharacters': 'Join codes use only the letters A–Z and the digits 0–9.',
  'field.customCodeTooShort': 'A join code needs at least {min, plural, one {# letter or digit} other {# letters or digits}}.',
  'field.customCodeTooLong': 'A join code can have at most {max, plural, one {# letter or digit} other {# letters or digits}}.',
  'field.customCodeShort': 'Short codes are easier to guess: {min, number} or more characters are safer.',
  'field.pinRequired': 'Enter the PIN.',
  'field.pinTooLong': 'That PIN is too long.',
  'field.adminPinDigits': 'The admin PIN is {min, number} to {max, number} digits.',

  // Groups and their codes
  'field.groupNameRequired': 'Enter a group name.',
  'field.groupNameFarTooLong': 'That group name is too long.',
  'field.groupNameTooLong': 'Group names can have at most {max, number} characters.',
  'field.role': 'Choose one of: learner, instructor, manager.',
  'field.codeState': 'Unknown code state.',
  'field.codeMinLengthLow': 'At least {min, number}.',
  'field.codeMinLengthHigh': 'At most {max, number}.',
  'field.maxUsesLow': 'Max uses must be at least {min, number}.',
  'field.maxUsesHigh': 'Max uses can be at most {max, number}.',

  // Learners, courses, progress
  'field.learnerSort': 'Unknown sort.',
  'field.sortDirection': 'Use asc or desc.',
  'field.learnerNoChange': 'Change the name, the email or the role.',
  'field.mergeSameLearner': 'Choose another learner to merge with.',
  'field.courseTitleRequired': 'Enter a course title.',
  'field.courseTitleFarTooLong': 'That title is too long.',
  'field.courseTitleTooLong': 'Course titles can have at most {max, number} characters.',
  'field.progressStatus': 'Use not-started, started or completed.',
  'field.learnersNone': 'Choose at least one learner.',
  'field.completedTwice': 'Give a completion date or a date and time, not both.',

  // Uploads, exports, the log
  'field.csvText': 'Expected the CSV file as text.',
  'field.csvTooLarge': 'That file is too large ({max, number} MB at most).',
  'field.importExisting': 'Choose skip or move.',
  'field.importOverLimit': 'Choose fit or raise.',
  'field.exportKind': 'Unknown export.',
  'field.auditAction': 'Unknown action.',

  // Backups
  'field.backupChoose': 'Choose a backup from the list.',
  'field.backupName': 'That is not a backup name.',
  'field.backupsKeptLow': 'Keep at least {min, number}.',
  'field.backupsKeptHigh': 'At most {max, number}.',

  // Languages and the kiosk
  'field.languageChoose': 'Choose a language.',
  'field.languageUnknown': 'Choose one of the languages JoinDesk speaks.',
  'field.languageList': 'Expected a list of languages.',
  'field.languagesNone': 'Offer at least one language.',
  'field.languagesRepeated': 'Each language at most once.',
  'field.defaultLanguageNotOffered': 'The default language must be one the kiosk offers.',
  'field.adminLanguage': 'Choose a language JoinDesk speaks, or this computer’s.',
  'field.orgNameTooLong': 'At most {max, number} characters.',
  'field.idleSeconds': 'Expected a whole number of seconds.',
  'field.idleSecondsLow': 'At least {min, plural, one {# second} other {# seconds}}.',
  'field.idleSecondsHigh': 'At most an hour.',

  // The room network
  'field.stationNameRequired': 'Give the station a name.',
  'field.stationNameTooLong': 'At most {max, number} characters.',
  'field.address': 'Expected an address.',
  'field.addressTooLong': 'That address is too long.',
  'field.addressInvalid': 'Enter an IP address, such as 192.168.1.20.',
  'field.addressNotOne': 'Choose one address of this machine, not "every address" or a group address.',
  'field.port': 'Expected a port number.',
  'field.portLow': 'Use a port from {min, number, ::group-off} up.',
  'field.portHigh': 'At most {max, number, ::group-off}.',
  'field.audience': 'Choose admin or kiosk.',
} as const satisfies Record<string, string>;
