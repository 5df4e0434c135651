/** What main says to a person (errors, refusals, reasons), in English: see text.ts. */
export const MAIN_TEXT = {
  // A request the core or a listener refuses before any work (core/index.ts, serve, electron).
  'request.invalid': 'The request was not valid.',
  'request.unexpectedField': 'Unexpected field: {field}.',
  'request.unknownChannel': 'Unknown channel: {channel}',
  'request.forbidden': 'This screen may not do that.',
  'request.internal': 'Something went wrong, and nothing was changed. Please try again.',
  'request.paused': 'One moment: JoinDesk is restoring a backup. Try again in a few seconds.',
  'request.pausedKiosk': 'One moment, please: sign-up will carry on by itself in a few seconds.',
  'request.notFromWindow': 'This request did not come from a JoinDesk window.',
  'request.noSuchChannel': 'No such channel.',
  'request.signIn': 'Sign in with a link from JoinDesk, or send a valid bearer token.',
  'request.channelForbidden': 'This screen may not call that channel.',
  'request.usePost': 'Use POST.',
  'request.tooLarge': 'The request is too large ({size, number} {unit, select, GB {GB} MB {MB} other {KB}} at most).',
  'request.notJson': 'The request body is not JSON.',
  'request.tooMany': 'Too many requests at once from this screen. Try again in a moment.',
  'request.serverBusy': 'JoinDesk is busy. Try again in a moment.',
  'request.unpaired': 'This screen is no longer paired with JoinDesk. Ask an instructor to pair it again.',

  // Backup files over HTTP in serve mode (serve/fileRoutes.ts); `get` and `post` are the routes.
  'files.noSuchFile': 'No such file.',
  'files.signIn': 'Sign in with a link from JoinDesk.',
  'files.adminOnly': 'Only an admin may do that.',
  'files.usage': 'Download with {get}; upload with {post}.',
  'files.noBackup': 'There is no backup with that name.',
  'files.tooLarge': 'That file is too large ({size, number} {unit, select, GB {GB} MB {MB} other {KB}} at most).',
  'files.notStored': 'The file could not be stored.',

  // The machine, not the request: the disk or the data file (core/failures.ts).
  'failure.diskFull': 'The disk is full, so nothing was saved. Free some space on this computer’s disk, then try again.',
  'failure.readOnly':
    'JoinDesk cannot write to its data folder (the disk or folder is read-only), so nothing was saved. Make it writable, or move the data to a writable disk.',
  'failure.busy':
    'Another program is holding JoinDesk’s data file, so nothing was saved. Close any program that may have it open (a database viewer, a sync or backup tool), then try again.',
  'failure.kiosk': 'Sign-up is not working right now, and nothing was saved. Please ask an instructor.',

  // Long work in a worker: one at a time (jobs/jobRunner.ts).
  'job.busy.importPreview': 'An import is being checked. Try again when it has finished.',
  'job.busy.importCommit': 'An import is running. Try again when it has finished.',
  'job.busy.backupCreate': 'A backup is being made. Try again when it has finished.',
  'job.busy.backupAuto': 'The daily backup is being made. Try again when it has finished.',
  'job.busy.backupRestore': 'A backup is being restored. Try again when it has finished.',
  'job.busy.export': 'An export is being made. Try again when it has finished.',

  // Groups and courses.
  'group.notFound': 'That group does not exist.',
  'group.gone': 'That group no longer exists.',
  'group.nameTaken': 'A group with this name already exists.',
  'group.someMissing': 'Some of those groups do not exist.',
  'course.notFound': 'That course does not exist.',
  'course.someMissing': 'Some of those courses do not exist.',

  // Learners, their progress, and the roster's pages.
  'learner.notFound': 'That learner does not exist (any more).',
  'learner.emailTaken': 'This email is already registered, in {group}. Reassign that learner instead.',
  'learner.emailTakenMerge':
    'This email is already registered, in {group}. If that is the same person, merge the two learners instead.',
  'learner.mergeDuringImport': 'A bulk upload is still adding or moving one of these learners. Merge them once it is done.',
  'learner.alreadyInGroup': '{name} is already in {group}.',
  'learner.pageMarker': 'That page marker does not belong to this list. Start again from the top.',
  'learner.searchTooDeep': 'A search lists its first {cap, number} matches. Add to the search to find the others.',
  'progress.courseNotAssigned': 'That course is not one of the learner’s group’s courses.',
  'progress.futureDate': 'A completion date cannot be in the future.',

  // A group's join code (core/joinCodes.ts).
  'joinCode.customOff': 'Custom codes are turned off in Settings: regenerate the code instead.',
  'joinCode.takenLive': 'Another group already uses this code. Choose a different one.',
  'joinCode.takenOwnRetired': 'This group used this code before. Old codes stay retired: choose a new one.',
  'joinCode.takenOtherRetired': 'This code belonged to another group before and stays reserved. Choose a different one.',
  'joinCode.alreadyCurrent': 'This is already the group’s current code.',
  'joinCode.otherGroups': 'This code belongs to another group and stays reserved for it.',
  'joinCode.neverHad': 'This group never had this code: only its own earlier codes can come back.',
  'joinCode.policyForbids': 'The code policy in Settings no longer allows this code: regenerate one instead.',
  'joinCode.closeBeforeOpen': 'The closing time must come after the opening time.',

  // Signing up at the kiosk (the kiosk words these from its own catalogue; the English is for scripts).
  'signup.codeUnknown': "We couldn't find that join code. Check it with your instructor.",
  'signup.codeRetired': 'This join code has been changed. Ask your instructor for the new one.',
  'signup.codeDisabled': 'Sign-up with this code is paused.',
  'signup.notYetOpen': 'Sign-up with this code opens on {at, date, ::dMMMMyHHmm}.',
  'signup.closed': 'Sign-up with this code closed on {at, date, ::dMMMMyHHmm}.',
  'signup.groupFull': 'This group is full. Ask your instructor to open more places or give you another code.',
  'signup.emailRegistered': 'This email is already registered. Ask an instructor for help.',
  'signup.kioskLocked': 'This kiosk is locked after too many wrong attempts. Please ask an administrator.',

  // The admin PIN, the kiosk mode it guards, and the wait after too many wrong guesses (PINs, codes).
  'pin.wrong': 'That PIN is not right.',
  'pin.currentWrong': 'The current PIN is not right.',
  'pin.needed': 'Set an admin PIN first: it is needed to leave or unlock the kiosk.',
  'attempts.throttled':
    'Too many attempts. Try again in {seconds, plural, one {# second} other {{seconds, number, ::group-off} seconds}}.',

  // Sign-up from the room's network, stations and sign-in links.
  'network.noAddress': 'This computer has no address {address} now. Choose a network from the list.',
  'network.portInUse': 'Another program already uses port {port}. Choose another port.',
  'network.portDenied': 'This computer does not let JoinDesk use port {port}. Choose another port.',
  'network.openFailed': 'JoinDesk could not open sign-up on that network. Try again, or choose another one.',
  'network.noRoom': 'Room sign-up needs the desktop app or serve mode.',
  'network.chooseAddress': 'Choose the network people in the room are on.',
  'network.roomOff': 'Room sign-up is off. Turn it on on the Kiosk page first.',
  'station.needsRoom': 'Turn on sign-up from the room first: stations connect over that network.',
  'station.tooMany': 'At most {max} stations: remove one first.',
  'station.gone': 'That station is already gone.',
  'session.serveOnly': 'Sign-in links exist only in serve mode (npm run serve).',

  // Backups (core/backup.ts).
  'backup.notFound': 'There is no backup with that name. Choose one from the list.',
  'backup.notWhole': 'That file is cut short or damaged: it is not a whole backup.',
  'backup.desktopOnly': 'This is done in the desktop app. In a browser, download or upload the file instead.',

  // A backup refused before it may be restored (core/restoreCheck.ts, restoreData.ts, db/schemaCheck.ts).
  'restore.empty': 'That file is empty: it may be a backup that was interrupted.',
  'restore.notSqlite': 'That file is not a JoinDesk backup (not an SQLite database).',
  'restore.unreadable': 'That file is damaged and cannot be read.',
  'restore.notJoinDesk': 'That file is an SQLite database, but not a JoinDesk one.',
  'restore.notUtf8': 'That file is not a JoinDesk backup (its text encoding is not UTF-8).',
  'restore.newer': 'That backup was made by a newer JoinDesk. Update JoinDesk to restore it.',
  'restore.unknownVersion': 'That file is labelled with a JoinDesk version that never existed ({version}).',
  'restore.damaged': 'That file is damaged ({detail}).',
  'restore.brokenLinks': 'That file has broken links between its records.',
  'restore.notUpgradable': 'That backup could not be brought up to this version of JoinDesk.',
  'restore.schemaExtra':
    'That file is not a JoinDesk backup as made: it has an unexpected {type, select, table {table} index {index} trigger {trigger} view {view} other {{type}}} "{name}".',
  'restore.schemaMissing':
    'That file is not a JoinDesk backup as made: its {type, select, table {table} index {index} trigger {trigger} view {view} other {{type}}} "{name}" is missing or altered.',
  'restore.invalid.group': 'That file is not a JoinDesk backup as made: it holds a group JoinDesk would not have saved.',
  'restore.invalid.joinCode': 'That file is not a JoinDesk backup as made: it holds a join code JoinDesk would not have saved.',
  'restore.invalid.retiredCode':
    'That file is not a JoinDesk backup as made: it holds a former join code JoinDesk would not have saved.',
  'restore.invalid.codeLiveAndRetired':
    'That file is not a JoinDesk backup as made: it holds a join code that is both live and retired.',
  'restore.invalid.learner': 'That file is not a JoinDesk backup as made: it holds a learner JoinDesk would not have saved.',
  'restore.invalid.merge':
    'That file is not a JoinDesk backup as made: it holds a merge of learners JoinDesk would not have saved.',
  'restore.invalid.mergedStillThere':
    'That file is not a JoinDesk backup as made: it holds a learner both merged into another and still there.',
  'restore.invalid.course': 'That file is not a JoinDesk backup as made: it holds a course JoinDesk would not have saved.',
  'restore.invalid.attempts':
    'That file is not a JoinDesk backup as made: it holds a count of failed sign-ups JoinDesk would not have saved.',
  'restore.invalid.setting': 'That file is not a JoinDesk backup as made: it holds a setting "{key}" JoinDesk never writes.',

  // Importing learners from a CSV file: the file as a whole (`missing` names the absent columns).
  'import.empty': 'The file is empty.',
  'import.columnsSame': 'Two columns mean the same thing: “{first}” and “{second}”. Keep one of them.',
  'import.columnsMissing':
    'No {missing, select, name {name} email {email} group {group} nameEmail {name or email} nameGroup {name or group} emailGroup {email or group} other {name or email or group}} column. The first row has: {columns}. JoinDesk reads: name (or first name and last name), email, and group (or join code).',
  'import.columnsMissingEmpty':
    'No {missing, select, name {name} email {email} group {group} nameEmail {name or email} nameGroup {name or group} emailGroup {email or group} other {name or email or group}} column. The first row has: nothing. JoinDesk reads: name (or first name and last name), email, and group (or join code).',
  'import.overLimit':
    '{count, plural, one {This file would take {last} past its maximum.} other {This file would take {others} and {last} past their maximum.}} Choose to import only up to the maximum, or to import all and raise it.',

  // Importing learners: why one row is left out.
  'import.row.nameEmpty': 'The name is empty.',
  'import.row.nameUnusable': 'This name cannot be used.',
  'import.row.emailEmpty': 'The email is empty.',
  'import.row.emailUnusable': 'This email address cannot be used.',
  'import.row.noGroupNamed': 'There is no group named “{group}”.',
  'import.row.noGroupWithCode': 'No group has that join code.',
  'import.row.groupEmpty': 'The group is empty: give it by name or join code.',
  'import.row.duplicate': 'This email is already on row {line} of the file.',
  'import.row.full': '{group} is at its maximum ({seats, plural, one {# seat} other {# seats}}).',
  'import.row.member': 'Already in {group}.',
  'import.row.registered': 'Already registered, in {group}.',
} as const satisfies Record<string, string>;
