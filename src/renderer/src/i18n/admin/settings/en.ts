/** The words of the admin's settings screens in English: the source each other language translates, key for key. */
export const settings = {
  'settings.title': 'Settings',

  'settings.language.title': 'Language',
  'settings.language.label': 'Language of the admin screens',
  'settings.language.description':
    'On this computer only: a restore does not change it. The kiosk’s languages are set on the Kiosk page.',
  'settings.language.system': 'This computer’s language ({name})',
  'settings.language.save': 'Save language',
  'settings.language.saved.title': 'Language saved',
  'settings.language.saved.message': 'Every admin screen is in this language from now on.',

  'settings.organisation.title': 'Organisation',
  'settings.organisation.name': 'Organisation name',
  'settings.organisation.nameHint': 'Printed at the top of every join card and shown on the kiosk. Up to 100 characters.',
  'settings.organisation.save': 'Save name',
  'settings.organisation.saved.title': 'Organisation name saved',
  'settings.organisation.saved.message': 'Join cards and the kiosk show it from now on.',

  'settings.policy.title': 'Join code policy',
  'settings.policy.generatedOnly': 'Generated codes only',
  'settings.policy.generatedOnlyHint':
    'Admins can regenerate codes but not type their own. Generated codes are 8 random characters.',
  'settings.policy.minLength': 'Minimum length of a custom code',
  'settings.policy.minLengthHint': 'Letters and digits, not counting spaces or dashes. 6 to 32.',
  'settings.policy.note': 'Existing codes keep working; the policy applies when a code is next changed.',
  'settings.policy.save': 'Save policy',
  'settings.policy.saved.title': 'Code policy saved',
  'settings.policy.saved.message': 'It applies to every group from now on.',

  'settings.backup.title': 'Backup and restore',
  'settings.backup.intro':
    'A backup is a complete, checked copy of JoinDesk’s data, safe to take while the kiosk is in use. JoinDesk keeps backups in its own folder beside the data; {desktop, select, yes {save a copy elsewhere} other {download one}} to keep it off this machine.',
  'settings.backup.autoDaily': 'Back up automatically once a day',
  'settings.backup.keep': 'Daily backups to keep',
  'settings.backup.now': 'Back up now',
  'settings.backup.restoreFromFile': 'Restore from a file…',
  'settings.backup.addFile': 'Add a backup file…',
  'settings.backup.made': 'Backup made and checked ({size}).',
  'settings.backup.fileAdded': '“<ltr>{file}</ltr>” was added to the list. Restore it from there.',
  'settings.backup.aFileAdded': 'The file was added to the list. Restore it from there.',
  'settings.backup.copySaved': 'Saved a copy as “<ltr>{file}</ltr>”.',
  'settings.backup.restored':
    'Restored the backup from {when}. The data as it was is kept in the list (“Before a restore”).{erased, plural, =0 {} one { # erased learner was left out again.} other { # erased learners were left out again.}}',
  'settings.backup.confirm.title': 'Restore this backup?',
  'settings.backup.confirm.body':
    'Everything now in JoinDesk is replaced by the backup from {when}. The current data is kept as a backup first, so this can be undone by restoring that one. Learners erased since stay erased.',
  'settings.backup.confirm.cancel': 'Cancel',
  'settings.backup.confirm.restore': 'Restore',

  'settings.backups.empty': 'No backups yet.',
  'settings.backups.table': 'Backups',
  'settings.backups.made': 'Made',
  'settings.backups.kind': 'Kind',
  'settings.backups.size': 'Size',
  'settings.backups.actions': 'Actions',
  'settings.backups.kind.manual': 'Made by hand',
  'settings.backups.kind.automatic': 'Daily',
  'settings.backups.kind.beforeRestore': 'Before a restore',
  'settings.backups.kind.beforeUpgrade': 'Before an update',
  'settings.backups.kind.uploaded': 'Added from a file',
  'settings.backups.saveCopy': 'Save a copy…',
  'settings.backups.download': 'Download',
  'settings.backups.restore': 'Restore…',
  'settings.backups.restoreOne': 'Restore {file}',
};
