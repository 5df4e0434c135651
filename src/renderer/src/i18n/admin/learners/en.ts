/** The words of the admin's learners screens in English: the source each other language translates, key for key. */
export const learners = {
  // Learners page
  'learners.page.title': 'Learners',
  'learners.page.intro': 'Everyone who has joined a group. Search by any part of a name or an email, with or without accents.',
  'learners.page.bulkUpload': 'Bulk upload',
  'learners.page.add': 'Add learner',
  'learners.page.search.label': 'Search learners',
  'learners.page.search.placeholder': 'Search by name or email',
  'learners.page.groupFilter.label': 'Filter by group',
  'learners.page.groupFilter.placeholder': 'All groups',
  'learners.page.empty.filtered': 'No learner matches.',
  'learners.page.empty.none': 'No learners yet.',

  // What a learner is: shown by its code
  'learners.role.learner': 'Learner',
  'learners.role.instructor': 'Instructor',
  'learners.role.manager': 'Manager',
  'learners.source.kiosk': 'Kiosk',
  'learners.source.bulk': 'Bulk',
  'learners.source.admin': 'Admin',
  'learners.status.not-started': 'Not started',
  'learners.status.started': 'Started',
  'learners.status.completed': 'Completed',

  // The list
  'learners.table.label': 'Learners',
  'learners.column.name': 'Name',
  'learners.column.email': 'Email',
  'learners.column.group': 'Group',
  'learners.column.role': 'Role',
  'learners.column.source': 'Joined via',
  'learners.column.registered': 'Registered',
  'learners.table.loading': 'Loading…',
  'learners.table.count': '{n, plural, one {# learner} other {# learners}}',
  'learners.table.searched':
    '{n, plural, =0 {No learner matches} one {# learner matches} other {# learners match}} among the {searched, number} who registered last. Type more of a name or email to search everyone.',
  'learners.table.capped':
    'More than {n, number} learners match; the first {n, number} are listed. Add a word to narrow the search.',

  // One learner's drawer
  'learners.drawer.title': 'Learner',
  'learners.drawer.details': 'Learner details',
  'learners.drawer.source.kiosk': 'Kiosk (join code)',
  'learners.drawer.source.bulk': 'Bulk upload',
  'learners.drawer.source.admin': 'Added by admin',
  'learners.drawer.courses': 'Courses',
  'learners.drawer.noCourses': '{group} has no courses yet.',
  'learners.drawer.moves': 'Moves',
  'learners.drawer.move':
    '{when}: {fromGroup, select, deleted {a deleted group} other {{from}}} → {toGroup, select, deleted {a deleted group} other {{to}}}',
  'learners.drawer.moveWithReason':
    '{when}: {fromGroup, select, deleted {a deleted group} other {{from}}} → {toGroup, select, deleted {a deleted group} other {{to}}} ({reason})',
  'learners.drawer.edit': 'Edit',
  'learners.drawer.reassign': 'Reassign',
  'learners.drawer.merge': 'Merge with…',
  'learners.drawer.export': 'Export data',
  'learners.drawer.remove': 'Remove',
  'learners.drawer.erase': 'Erase',
  'learners.action.cancel': 'Cancel',

  // The fields of a learner
  'learners.field.name': 'Full name',
  'learners.field.email': 'Email',
  'learners.field.group': 'Group',
  'learners.field.role': 'Role',

  // Move to another group
  'learners.reassign.title': 'Move {name} to another group',
  'learners.reassign.now':
    'Now in <b>{group}</b>. They get the new group’s role and courses; progress on courses both groups share is kept.',
  'learners.reassign.group': 'New group',
  'learners.reassign.chooseGroup': 'Choose the group to move to.',
  'learners.reassign.reason': 'Reason (optional)',
  'learners.reassign.submit': 'Move learner',
  'learners.reassign.done.title': 'Learner moved',
  'learners.reassign.done.message': '{name} is now in {group}.',

  // Remove or erase
  'learners.remove.title': 'Remove this learner?',
  'learners.remove.body': 'Their record and progress are deleted. The audit log keeps that a learner was removed.',
  'learners.remove.done': 'Learner removed',
  'learners.erase.title': 'Erase this learner for good?',
  'learners.erase.body':
    'Everything JoinDesk holds about them — their record, progress, moves and their entries in the audit log — is deleted and overwritten in the data file. This cannot be undone. Export their data first if they asked for a copy.',
  'learners.erase.word': 'ERASE',
  'learners.erase.confirm': 'Type {word} to confirm',
  'learners.erase.done': 'Learner erased',

  // Add
  'learners.add.title': 'Add a learner',
  'learners.add.chooseGroup': 'Choose the group.',
  'learners.add.submit': 'Add learner',
  'learners.add.done.title': 'Learner added',
  'learners.add.done.message': '{name} is in {group}.',

  // Edit
  'learners.edit.title': 'Edit {name}',
  'learners.edit.emailHint': 'One learner per email: an address another learner has is refused.',
  'learners.edit.roleHint':
    'A learner gets their group’s role on joining. A role set here stays until they move to another group, which gives them that group’s role.',
  'learners.edit.submit': 'Save changes',
  'learners.edit.done': 'Learner saved',

  // Merge two records of one person
  'learners.merge.title': 'Merge {name} with another learner',
  'learners.merge.intro':
    'Find the other record of the same person — the one a mistyped email made, for example. You choose which of the two is kept before anything changes.',
  'learners.merge.find.label': 'Find the other record',
  'learners.merge.find.placeholder': 'Name or email',
  'learners.merge.matches': 'Matching learners',
  'learners.merge.candidate': '<ltr>{email}</ltr> · {group}',
  'learners.merge.choose': 'Choose',
  'learners.merge.chooseName': 'Choose {name}',
  'learners.merge.noMatch': 'No other learner matches “{search}”.',
  'learners.merge.chooseAnother': 'Choose another learner',
  'learners.merge.keepOther': 'Keep {name} instead',
  'learners.merge.whatHappens': 'What happens',
  'learners.merge.keeps': '<b>{name}</b> keeps their name, email, group and role.',
  'learners.merge.progress':
    'Course by course, the further progress of the two is kept (completed, then started), with its real completion date.',
  'learners.merge.history': 'The moves and audit-log entries of {merged} become {kept}’s.',
  'learners.merge.removed': 'Then {name} is removed, and <ltr>{email}</ltr> can be used again.',
  'learners.merge.otherGroup':
    'They are in different groups: the learner stays in {keptGroup}. Progress on {mergedGroup}’s courses is kept and shows if they ever move there.',
  'learners.merge.final': 'This cannot be undone. To keep the other email address, edit {name} after the merge.',
  'learners.merge.submit': 'Merge into {name}',
  'learners.merge.done.title': 'Learners merged',
  'learners.merge.done.message': '{merged} is now part of {kept}.',
  'learners.merge.kept.label': 'Kept learner',
  'learners.merge.merged.label': 'Learner merged and removed',
  'learners.merge.kept': 'Kept',
  'learners.merge.merged': 'Merged, then removed',
  'learners.merge.groupRole': '{group} · {role}',
  'learners.merge.registered': 'Registered {when}',
  'learners.merge.courses': '{done, number} of {total, plural, one {# course} other {# courses}} completed',
  'learners.merge.noCourses': 'No courses in this group',

  // Bulk upload
  'learners.import.title': 'Bulk upload',
  'learners.import.intro':
    'For groups known in advance: a CSV file with a <b>name</b> (or <b>first name</b> and <b>last name</b>), <b>email</b> and <b>group</b> column (or <b>join code</b> instead of group). Headers like “E-mail”, “Email address” or “Full name” work too; other columns are left alone. Excel’s “CSV UTF-8” works.',
  'learners.import.template': 'Download template',
  'learners.import.choose': 'Choose CSV file',
  'learners.import.problem.title': 'This file cannot be imported',
  'learners.import.problem.body': '{problem} Nothing was imported.',
  'learners.import.preview.title': 'Preview of <ltr>{file}</ltr>',
  // The count line: every row of the file in exactly one count.
  'learners.import.counts.none': '{total, plural, one {# row} other {# rows}}: {added, number} to add; none skipped.',
  'learners.import.counts.some':
    '{total, plural, one {# row} other {# rows}}: {added, number} to add; {skipped, number} skipped ({reasons}).',
  'learners.import.counts.movesNone':
    '{total, plural, one {# row} other {# rows}}: {added, number} to add, {moved, number} to move; none skipped.',
  'learners.import.counts.movesSome':
    '{total, plural, one {# row} other {# rows}}: {added, number} to add, {moved, number} to move; {skipped, number} skipped ({reasons}).',
  // Why rows are skipped: the parts of {reasons}, listed in the language's way.
  'learners.import.skipped.registered': '{n, number} already registered',
  'learners.import.skipped.full': '{n, number} past a group’s maximum',
  'learners.import.skipped.duplicates': '{n, plural, one {# duplicate} other {# duplicates}}',
  'learners.import.skipped.invalid': '{n, number} with problems',
  'learners.import.limit.one': '{group} would go past its maximum',
  'learners.import.limit.many':
    '{n, plural, one {# group would go past its maximum} other {# groups would go past their maximum}}',
  'learners.import.limit.group':
    '{group}: {seats, plural, one {# seat} other {# seats}}, {taken, number} taken. This file puts {incoming, number} in it: {over, number} past the maximum.',
  'learners.import.limit.explain':
    'A group’s maximum is its join code’s maximum uses: everyone put in the group takes a seat, at the kiosk or by upload.',
  'learners.import.limit.question': 'What should happen?',
  'learners.import.limit.fit':
    'Import only up to the maximum: leave out the last {n, plural, one {# row} other {# rows}} for {groups, plural, one {this group} other {these groups}}',
  'learners.import.limit.raise': 'Import all and raise the maximum ({changes})',
  'learners.import.limit.change': '{group}: {from, number} → {to, number}',
  'learners.import.limit.or': 'Or cancel, and change the file or the group first.',
  'learners.import.problems.heading': 'Rows with problems (they will be left out)',
  'learners.import.problems.label': 'Rows with problems',
  'learners.import.problems.column': 'Problem',
  'learners.import.registered.heading': 'Already registered',
  'learners.import.registered.column': 'What happens',
  'learners.import.registered.member': 'Already in {group}: skipped',
  'learners.import.registered.moves': 'Moves from {from} to {to}',
  'learners.import.registered.stays': 'Stays in {from}: skipped',
  'learners.import.existing.label': 'Learners registered in another group',
  'learners.import.existing.skip': 'Skip them: leave them in their current group',
  'learners.import.existing.move': 'Move them into the group this file gives (progress on shared courses is kept)',
  'learners.import.chooseLimit': 'Choose what happens at the maximum',
  'learners.import.submit': 'Import {n, plural, one {# row} other {# rows}}',
  'learners.import.progress.label': 'Import progress',
  'learners.import.progress': 'Importing… {done, number} of {total, plural, one {# row} other {# rows}}',
  'learners.import.done.title': 'Import finished',
  'learners.import.summary.none': '{added, number} added, {moved, number} moved; none skipped.',
  'learners.import.summary.some': '{added, number} added, {moved, number} moved; {skipped, number} skipped ({reasons}).',
  'learners.import.raised': 'The maximum of {group} was raised from {from, number} to {to, number}.',
  'learners.import.rejected.heading': '{n, plural, one {# row was not imported} other {# rows were not imported}}',
  'learners.import.rejected.download': 'Download rows not imported (CSV)',
  'learners.import.rejected.explain':
    'The download has the file’s own columns and a reason for each row: fix them and upload it again.',
  'learners.import.rejected.label': 'Rows not imported',
  'learners.import.rejected.column': 'Reason',
  // The rows not imported, as a file: its name, and the two columns added to the file's own.
  'learners.import.rejected.file': '{name}-not-imported.csv',
  'learners.import.rejected.rowColumn': 'row',
  'learners.import.rejected.reasonColumn': 'reason',

  // Rows of an uploaded file
  'learners.rows.row': 'Row',
  'learners.rows.empty': '(empty)',
  'learners.rows.more': '…and {n, number} more.',
};
